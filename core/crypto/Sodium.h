#pragma once

namespace baken {

// Initialises libsodium once per process; safe to call from any thread.
// Throws std::runtime_error if the library cannot start (no entropy source).
void ensureSodium();

} // namespace baken
