#pragma once

#include "demo/DemoVault.h"

#include <gtest/gtest.h>

#include <functional>

namespace baken::test {

// Puts a copy of today's demo vault at `to`, made with the cheap test KDF.
// Generating the demo vault costs seconds (over ten under the sanitizers)
// and ctest runs every test in its own process, so the first test of a test
// program to ask makes it once, in the build tree, and the others copy that
// file. The copy is keyed by the test program's file (a rebuild makes a new
// one), the day (the demo data is laid out around today) and the
// passphrase; a lock file keeps two tests running side by side from both
// making it.
::testing::AssertionResult copyDemoVault(const QString &to, const QString &passphrase = DemoVault::defaultPassphrase());

// Makes the vault a cache entry holds at `path`, with `passphrase`.
using VaultMaker = std::function<::testing::AssertionResult(const QString &path, const QString &passphrase)>;

// The same for any vault that costs seconds to make: `name` tells the
// entries of one test program apart, `make` makes one when today's is missing.
::testing::AssertionResult copyCachedVault(const QString &name, const QString &to, const QString &passphrase,
                                           const VaultMaker &make);

} // namespace baken::test
