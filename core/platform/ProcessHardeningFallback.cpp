#include "ProcessHardening.h"

// Systems without a port yet: nothing is changed and nothing is claimed.
namespace baken::platform {

HardeningState hardenProcess()
{
    return currentHardening();
}

HardeningState currentHardening()
{
    return {};
}

} // namespace baken::platform
