#include "TestHooks.h"

#include <atomic>

namespace baken::testing {

namespace {
std::atomic<bool> s_cheapKdf{false};
}

void enableCheapKdf()
{
    s_cheapKdf = true;
}

bool cheapKdfEnabled()
{
    return s_cheapKdf;
}

} // namespace baken::testing
