#pragma once

#include <QString>

namespace baken {

// Every failure a core API can report. The UI and the CLI switch on the code;
// the message is already translated and written for a confidential advisor.
enum class ErrorCode {
    VaultMissing,    // no file at the path
    VaultEmpty,      // a zero-length file
    PlainSqlite,     // an unencrypted SQLite database, never opened
    NotAVault,       // anything else that Baken did not create
    WrongPassphrase, // the key does not decrypt the file
    NewerVersion,    // written by a newer Baken; refused, never altered
    UnsupportedKdf,  // key-derivation profile this build does not know
    WeakPassphrase,  // refused by the strength check
    AlreadyExists,   // would overwrite an existing file
    Io,              // the file system refused
    Database,        // SQLCipher reported an error
    MigrationFailed, // a schema migration failed and was rolled back
    Locked,          // the vault is locked
    InvalidInput,    // a value the user gave is not acceptable
    NotFound,        // a record that does not exist
    InUse,           // a record still referenced elsewhere
    Integrity,       // a consistency check failed (audit chain, integrity_check)
    Crypto,          // libsodium failed (out of memory, no entropy)
    Cancelled,       // the user stopped it before it was done; nothing was changed
};

struct Error {
    ErrorCode code;
    QString message;
};

} // namespace baken
