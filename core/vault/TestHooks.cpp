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

void disableCheapKdf()
{
    s_cheapKdf = false;
}

bool cheapKdfEnabled()
{
    return s_cheapKdf;
}

} // namespace baken::testing
