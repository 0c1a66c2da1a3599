// SPDX-License-Identifier: GPL-2.0
/*
 * Built-in KUnit suites of Provium's test kernel. They run at boot when
 * kunit.enable=1 and kunit.filter_glob selects them: provium_pass and
 * provium_fail report as suites do; provium_crash panics the kernel in its
 * second case, provium_hang never returns from its second case; provium_after
 * is there to show that the suites after those still run (in a fresh guest).
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/kernel.h>

static void provium_pass_adds(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, 1 + 1, 2);
}

static void provium_pass_logs(struct kunit *test)
{
	kunit_info(test, "provium_pass_logs: a line of the case's log\n");
	KUNIT_EXPECT_TRUE(test, true);
}

static struct kunit_case provium_pass_cases[] = {
	KUNIT_CASE(provium_pass_adds),
	KUNIT_CASE(provium_pass_logs),
	{}
};

static struct kunit_suite provium_pass_suite = {
	.name = "provium_pass",
	.test_cases = provium_pass_cases,
};

static void provium_fail_passes(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, 2, 2);
}

static void provium_fail_fails(struct kunit *test)
{
	KUNIT_EXPECT_EQ_MSG(test, 1 + 1, 3, "failing on purpose");
}

static void provium_fail_skips(struct kunit *test)
{
	kunit_skip(test, "skipped on purpose");
}

static struct kunit_case provium_fail_cases[] = {
	KUNIT_CASE(provium_fail_passes),
	KUNIT_CASE(provium_fail_fails),
	KUNIT_CASE(provium_fail_skips),
	{}
};

static struct kunit_suite provium_fail_suite = {
	.name = "provium_fail",
	.test_cases = provium_fail_cases,
};

static void provium_crash_first(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, true);
}

static void provium_crash_panics(struct kunit *test)
{
	panic("provium_crash: panicking on purpose");
}

static void provium_crash_never(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, true);
}

static struct kunit_case provium_crash_cases[] = {
	KUNIT_CASE(provium_crash_first),
	KUNIT_CASE(provium_crash_panics),
	KUNIT_CASE(provium_crash_never),
	{}
};

static struct kunit_suite provium_crash_suite = {
	.name = "provium_crash",
	.test_cases = provium_crash_cases,
};

static void provium_hang_first(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, true);
}

static void provium_hang_hangs(struct kunit *test)
{
	for (;;)
		msleep(1000);
}

static void provium_hang_never(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, true);
}

static struct kunit_case provium_hang_cases[] = {
	KUNIT_CASE(provium_hang_first),
	KUNIT_CASE(provium_hang_hangs),
	KUNIT_CASE(provium_hang_never),
	{}
};

static struct kunit_suite provium_hang_suite = {
	.name = "provium_hang",
	.test_cases = provium_hang_cases,
};

static void provium_after_runs(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, true);
}

static struct kunit_case provium_after_cases[] = {
	KUNIT_CASE(provium_after_runs),
	{}
};

static struct kunit_suite provium_after_suite = {
	.name = "provium_after",
	.test_cases = provium_after_cases,
};

kunit_test_suites(&provium_pass_suite, &provium_fail_suite, &provium_crash_suite, &provium_hang_suite, &provium_after_suite);
