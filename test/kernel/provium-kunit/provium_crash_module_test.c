// SPDX-License-Identifier: GPL-2.0
/* A module of Provium's test kernel whose KUnit suite panics the kernel when it is loaded. */
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/module.h>

static void provium_module_crash_first(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, true);
}

static void provium_module_crash_panics(struct kunit *test)
{
	panic("provium_module_crash: panicking on purpose");
}

static struct kunit_case provium_module_crash_cases[] = {
	KUNIT_CASE(provium_module_crash_first),
	KUNIT_CASE(provium_module_crash_panics),
	{}
};

static struct kunit_suite provium_module_crash_suite = {
	.name = "provium_module_crash",
	.test_cases = provium_module_crash_cases,
};

kunit_test_suites(&provium_module_crash_suite);

MODULE_LICENSE("GPL");
