#include "Sodium.h"

#include <sodium.h>

#include <stdexcept>

namespace baken {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace baken
