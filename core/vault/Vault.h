#pragma once

#include "audit/AuditLog.h"
#include "base/Result.h"
#include "crypto/Kdf.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SecureBytes.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace baken {

struct VaultCreateOptions {
    // Only the demo vault, whose passphrase is published in the README.
    bool allowWeakPassphrase = false;
    bool demo = false;
    // The key the user was shown; a fresh one is made when absent.
    std::optional<RecoveryKey> recoveryKey;
};

// One encrypted vault file, unlocked. Destroying or locking it closes the
// connection and wipes the key; to use the vault again, open it again.
class Vault {
    Q_DECLARE_TR_FUNCTIONS(baken::Vault)

public:
    // Reads the plaintext salt without any key: tells a vault from anything
    // else, and never creates or changes a file.
    static Result<VaultSalt> probe(const QString &path);
    static Result<std::unique_ptr<Vault>> create(const QString &path, const QString &passphrase,
                                                 VaultCreateOptions options = {});
    static Result<std::unique_ptr<Vault>> open(const QString &path, const QString &passphrase);
    // open() in its two halves: the Argon2id derivation (the slow half, about
    // half a second by design) and opening with the key it gave.
    static Result<SecureBytes> deriveKey(const QString &path, const QString &passphrase);
    static Result<std::unique_ptr<Vault>> openDerived(const QString &path, SecureBytes key);

    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    void lock();
    bool isOpen() const { return m_db.isOpen(); }

    // Re-encrypts the whole vault under a new key and salt, written to a new
    // file that atomically replaces the old one: a crash leaves exactly one
    // of the two passphrases working.
    Status changePassphrase(const QString &current, const QString &next);

    // The raw SQLCipher key for the stock sqlcipher shell (disaster recovery).
    // Audited.
    Result<SecureBytes> exportKeySpec();
    Result<RecoveryKey> recoveryKey();

    const QString &path() const { return m_path; }
    Database &db() { return m_db; }
    AuditLog &audit() { return m_audit; }
    Result<int> schemaVersion();
    Result<QString> meta(const QString &key);
    bool isDemo();

private:
    Vault(QString path, Database db, SecureBytes key, VaultSalt salt);
    static Result<std::unique_ptr<Vault>> openWithKey(const QString &path, SecureBytes key, const VaultSalt &salt);

    QString m_path;
    Database m_db;
    SecureBytes m_key;
    VaultSalt m_salt;
    AuditLog m_audit;
};

} // namespace baken
