#pragma once

// Test-only switches. Nothing in the UI, the CLI or the settings calls these;
// only test and benchmark binaries do (docs/security.md, "Test hooks").
namespace baken::testing {

// New vaults get a trivially cheap Argon2id profile, and vaults with that
// profile can be opened. Tests create hundreds of vaults; production must
// never create or accept such a vault, so the switch is off by default and
// has no setting, option or environment variable behind it.
void enableCheapKdf();
// Back to production behaviour (tests that prove the refusal use this).
void disableCheapKdf();
bool cheapKdfEnabled();

} // namespace baken::testing
