// A coordinator's key block (core/rollup/RollupKeys), pasted or read from a
// file by an advisor.
#include "FuzzSupport.h"

#include "rollup/RollupKeys.h"

using namespace baken;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto key = rollup::parseCoordinatorKey(fuzz::bytesOf(data, size));
    if (!key)
        return 0;
    // An accepted block is passed on by the advisor as Baken writes it.
    auto again = rollup::parseCoordinatorKey(rollup::coordinatorKeyText(*key));
    if (!again || !(*again == *key))
        fuzz::fail("an accepted key block does not read back the same");
    (void)rollup::fingerprint(key->keys);
    return 0;
}
