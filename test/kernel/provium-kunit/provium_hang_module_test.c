// SPDX-License-Identifier: GPL-2.0
/* A module of Provium's test kernel whose KUnit suite never finishes: loading it never returns. */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/module.h>

static void provium_module_hang_hangs(struct kunit *test)
{
	for (;;)
		msleep(1000);
}

static struct kunit_case provium_module_hang_cases[] = {
	KUNIT_CASE(provium_module_hang_hangs),
	{}
};

static struct kunit_suite provium_module_hang_suite = {
	.name = "provium_module_hang",
	.test_cases = provium_module_hang_cases,
};

kunit_test_suites(&provium_module_hang_suite);

MODULE_LICENSE("GPL");
