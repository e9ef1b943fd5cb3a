#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace baken::test {

// The plaintext of a vault as SQLCipher 3 stores it, read straight from the
// files with the raw key, without SQLite: every page of the main file and
// every frame of its -wal, free pages and the unused parts of pages
// included. A search of these finds what a person with the key and a hex
// editor would find; searching the encrypted bytes would prove nothing.
//
// SQLCipher 3.4 page format: each 4096-byte page is AES-256-CBC encrypted
// with the raw key, except the reserved bytes at its end (48: a 16-byte IV,
// then the HMAC-SHA1 and padding); page 1 keeps its first 16 bytes (the
// salt) in plaintext. A -wal frame is a 24-byte header and one such page.
struct VaultPlaintext {
    QList<QByteArray> pages;     // the main file, page 1 first
    QList<QByteArray> walFrames; // the -wal, oldest frame first; empty if none
    // Decryption was checked: page 1 says 4096-byte pages and 48 reserved
    // bytes, as only a correctly decrypted page can.
    bool headerValid = false;
};

// `keySpec` as given to PRAGMA key: x'<64 hex key><32 hex salt>'
// (Vault::exportKeySpec()).
VaultPlaintext decryptVault(const QString &vaultPath, const QByteArray &keySpec);

// How many times `needle` occurs in all the pages and frames.
int countOccurrences(const VaultPlaintext &plain, const QByteArray &needle);

} // namespace baken::test
