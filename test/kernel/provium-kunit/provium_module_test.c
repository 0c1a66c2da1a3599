// SPDX-License-Identifier: GPL-2.0
/*
 * Two KUnit suites in one module of Provium's test kernel: they run when the
 * module is loaded, and report in debugfs kunit/<suite>/results.
 */
#include <kunit/test.h>
#include <linux/module.h>

static void provium_module_pass_adds(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, 2 + 2, 4);
}

static void provium_module_pass_skips(struct kunit *test)
{
	kunit_skip(test, "skipped on purpose");
}

static struct kunit_case provium_module_pass_cases[] = {
	KUNIT_CASE(provium_module_pass_adds),
	KUNIT_CASE(provium_module_pass_skips),
	{}
};

static struct kunit_suite provium_module_pass_suite = {
	.name = "provium_module_pass",
	.test_cases = provium_module_pass_cases,
};

static void provium_module_fail_fails(struct kunit *test)
{
	KUNIT_EXPECT_STREQ_MSG(test, "module", "modular", "failing on purpose");
}

static struct kunit_case provium_module_fail_cases[] = {
	KUNIT_CASE(provium_module_fail_fails),
	{}
};

static struct kunit_suite provium_module_fail_suite = {
	.name = "provium_module_fail",
	.test_cases = provium_module_fail_cases,
};

kunit_test_suites(&provium_module_pass_suite, &provium_module_fail_suite);

MODULE_LICENSE("GPL");
