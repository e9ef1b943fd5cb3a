#include "Vault.h"

#include "Connection.h"
#include "Migrations.h"
#include "StaleCopies.h"
#include "crypto/PassphraseStrength.h"
#include "platform/FileSystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sodium.h>

namespace baken {

namespace {

constexpr char SqliteMagic[] = "SQLite format 3";

QString siblingTempPath(const QString &path, const char *purpose)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(u'.' + info.fileName() + u'.' + QLatin1String(purpose) + u'-'
                                       + QUuid::createUuid().toString(QUuid::Id128).left(12));
}

Result<SecureBytes> keyFor(const QString &passphrase, const VaultSalt &salt)
{
    // NFC, so "é" typed as one code point or as e + accent (macOS) is the same key.
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    auto key = deriveVaultKey(utf8, salt);
    wipe(utf8);
    return key;
}

Status refuseWeak(const QString &passphrase)
{
    const auto strength = PassphraseStrength::evaluate(passphrase);
    if (strength.acceptable)
        return {};
    return Error{ErrorCode::WeakPassphrase,
                 Vault::tr("This passphrase is too easy to guess (%1). %2").arg(strength.label, strength.advice)};
}

// Moves every committed page from the WAL into the file; refuses if another
// connection kept it from completing.
Status checkpoint(Database &db)
{
    auto stmt = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (*row && stmt->int64(0) != 0)
        return Error{
            ErrorCode::Database,
            QCoreApplication::translate("baken::Database", "The vault is in use by another Baken window or program.")};
    return {};
}

Status storeSecrets(Database &db, const RecoveryKey &recovery, bool demo)
{
    auto secret = db.prepare("INSERT INTO vault_secret (name, value) VALUES ('recovery_key', ?1)");
    if (!secret)
        return secret.error();
    QByteArray blob(reinterpret_cast<const char *>(recovery.bytes().data()),
                    static_cast<qsizetype>(recovery.bytes().size()));
    secret->bind(1, blob);
    wipe(blob);
    if (auto s = secret->run(); !s)
        return s;

    auto meta = db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)");
    if (!meta)
        return meta.error();
    const std::pair<const char *, QString> rows[] = {
        {"vault_id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {"created_by", QStringLiteral("Baken " BAKEN_VERSION)},
        {"demo", demo ? QStringLiteral("1") : QStringLiteral("0")},
    };
    for (const auto &[key, value] : rows) {
        meta->reset();
        meta->bind(1, QString::fromLatin1(key)).bind(2, value);
        if (auto s = meta->run(); !s)
            return s;
    }
    return {};
}

} // namespace

Result<VaultSalt> Vault::probe(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::VaultMissing, Vault::tr("There is no file at %1.").arg(QDir::toNativeSeparators(path))};
    if (!info.isFile())
        return Error{ErrorCode::NotAVault, Vault::tr("%1 is a folder, not a Baken vault.").arg(info.fileName())};
    if (info.size() == 0)
        return Error{ErrorCode::VaultEmpty, Vault::tr("%1 is empty: it is not a Baken vault.").arg(info.fileName())};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Vault::tr("%1 cannot be read. Check its permissions.").arg(info.fileName())};
    const QByteArray header = file.read(VaultSalt::Size);
    if (header.startsWith(QByteArrayView(SqliteMagic))) {
        return Error{ErrorCode::PlainSqlite,
                     Vault::tr("%1 is an unencrypted database, not a Baken vault. Baken only opens vaults it created.")
                         .arg(info.fileName())};
    }
    auto salt = VaultSalt::parse(header);
    if (!salt || info.size() < VaultPageSize || info.size() % VaultPageSize != 0)
        return Error{ErrorCode::NotAVault, Vault::tr("%1 is not a Baken vault.").arg(info.fileName())};
    return *salt;
}

Vault::Vault(QString path, Database db, SecureBytes key, VaultSalt salt)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_key(std::move(key))
    , m_salt(salt)
    , m_audit(m_db, currentActor())
{}

Vault::~Vault()
{
    lock();
}

void Vault::lock()
{
    m_db.close();
    m_key.clear();
}

Result<std::unique_ptr<Vault>> Vault::create(const QString &path, const QString &passphrase, VaultCreateOptions options)
{
    if (QFileInfo::exists(path))
        return Error{ErrorCode::AlreadyExists, Vault::tr("A file with that name already exists. Choose another name.")};
    if (!QFileInfo(path).absoluteDir().exists())
        return Error{ErrorCode::Io, Vault::tr("The folder for the new vault does not exist.")};
    if (!options.allowWeakPassphrase) {
        if (auto s = refuseWeak(passphrase); !s)
            return s.error();
    }

    const VaultSalt salt = VaultSalt::generate(KdfProfile::current().id);
    auto key = keyFor(passphrase, salt);
    if (!key)
        return key.error();
    const SecureBytes spec = sqlcipherKeySpec(*key, salt);
    const RecoveryKey recovery = options.recoveryKey ? std::move(*options.recoveryKey) : RecoveryKey::generate();

    // Built under a hidden name and renamed into place when complete, so a
    // crash never leaves a half-made vault under the chosen name.
    const QString staging = siblingTempPath(path, "creating");
    if (auto s = platform::createPrivateFile(staging); !s)
        return s.error();
    Status built = [&]() -> Status {
        auto db = Database::open(staging, Database::OpenMode::ExistingOnly);
        if (!db)
            return db.error();
        if (auto s = checkCipherVersion(*db); !s)
            return s;
        if (auto s = db->key(spec); !s)
            return s;
        if (auto s = db->exec("PRAGMA cipher_page_size = 4096"); !s)
            return s;
        if (auto s = configureConnection(*db); !s)
            return s;
        if (auto s = migrate(*db, builtinMigrations()); !s)
            return s;
        Transaction tx(*db);
        if (auto s = tx.begin(); !s)
            return s;
        if (auto s = storeSecrets(*db, recovery, options.demo); !s)
            return s;
        if (auto s = AuditLog(*db, currentActor()).append(QStringLiteral("vault.created")); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        return checkpoint(*db);
    }();
    if (built)
        built = platform::renameNoReplace(staging, path);
    if (!built) {
        removeWithJournal(staging);
        return built.error();
    }
    platform::syncDirectory(QFileInfo(path).absolutePath());
    return openWithKey(path, std::move(key).value(), salt);
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &path, const QString &passphrase)
{
    auto key = deriveKey(path, passphrase);
    if (!key)
        return key.error();
    return openDerived(path, std::move(key).value());
}

Result<SecureBytes> Vault::deriveKey(const QString &path, const QString &passphrase)
{
    auto salt = probe(path);
    if (!salt)
        return salt.error();
    return keyFor(passphrase, *salt);
}

Result<std::unique_ptr<Vault>> Vault::openDerived(const QString &path, SecureBytes key)
{
    auto salt = probe(path);
    if (!salt)
        return salt.error();
    return openWithKey(path, std::move(key), *salt);
}

Result<std::unique_ptr<Vault>> Vault::openWithKey(const QString &path, SecureBytes key, const VaultSalt &salt)
{
    auto db = connectKeyed(path, sqlcipherKeySpec(key, salt));
    if (!db) {
        if (db.code() == ErrorCode::WrongPassphrase)
            return Error{ErrorCode::WrongPassphrase, Vault::tr("The passphrase is not correct.")};
        return db.error();
    }
    auto version = baken::schemaVersion(*db);
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion()) {
        return Error{ErrorCode::NewerVersion,
                     Vault::tr("This vault was saved by a newer version of Baken. Install that version to open it; "
                               "this version leaves it untouched.")};
    }
    if (*version == 0)
        return Error{ErrorCode::NotAVault, Vault::tr("%1 is not a Baken vault.").arg(QFileInfo(path).fileName())};
    if (auto s = configureConnection(*db); !s)
        return s.error();
    for (const char *suffix : {"", "-wal", "-shm"})
        platform::restrictToOwner(path + QLatin1String(suffix));
    if (auto s = migrate(*db, builtinMigrations()); !s)
        return s.error();

    std::unique_ptr<Vault> vault(
        new Vault(QFileInfo(path).absoluteFilePath(), std::move(db).value(), std::move(key), salt));
    if (auto s = vault->audit().append(QStringLiteral("vault.opened")); !s)
        return s.error();
    // Only the key's owner reaches this point: a stranger cannot have Baken
    // remove files beside a vault it cannot open.
    removeStaleVaultCopies(vault->m_path, QDateTime::currentDateTime());
    return vault;
}

Result<int> Vault::schemaVersion()
{
    return baken::schemaVersion(m_db);
}

Result<QString> Vault::meta(const QString &key)
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->text(0) : QString();
}

bool Vault::isDemo()
{
    auto demo = meta(QStringLiteral("demo"));
    return demo && *demo == u"1";
}

Result<RecoveryKey> Vault::recoveryKey()
{
    auto stmt = m_db.prepare("SELECT value FROM vault_secret WHERE name = 'recovery_key'");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound, Vault::tr("This vault has no recovery key.")};
    QByteArray blob = stmt->blob(0);
    auto key = RecoveryKey::fromBytes(SecureBytes::fromByteArray(blob));
    wipe(blob);
    return key;
}

Result<SecureBytes> Vault::exportKeySpec()
{
    if (!isOpen())
        return Error{ErrorCode::Locked, Vault::tr("The vault is locked.")};
    if (auto s = m_audit.append(QStringLiteral("vault.key_exported")); !s)
        return s.error();
    return sqlcipherKeySpec(m_key, m_salt);
}

Status Vault::changePassphrase(const QString &current, const QString &next)
{
    if (!isOpen())
        return Error{ErrorCode::Locked, Vault::tr("The vault is locked.")};
    auto check = keyFor(current, m_salt);
    if (!check)
        return check.error();
    if (!(*check == m_key))
        return Error{ErrorCode::WrongPassphrase, Vault::tr("The current passphrase is not correct.")};
    if (current == next)
        return Error{ErrorCode::InvalidInput, Vault::tr("The new passphrase is the same as the current one.")};
    if (auto s = refuseWeak(next); !s)
        return s;

    const VaultSalt newSalt = VaultSalt::generate(KdfProfile::current().id);
    auto newKey = keyFor(next, newSalt);
    if (!newKey)
        return newKey.error();
    const SecureBytes newSpec = sqlcipherKeySpec(*newKey, newSalt);

    const QString staging = siblingTempPath(m_path, "rekey");
    if (auto s = platform::createPrivateFile(staging); !s)
        return s;
    Status exported = [&]() -> Status {
        if (auto s = checkpoint(m_db); !s)
            return s;
        if (auto s = exportEncryptedCopy(m_db, staging, newSpec); !s)
            return s;
        // Prove the copy opens with the new key before it replaces anything.
        auto probeDb = connectKeyed(staging, newSpec);
        if (!probeDb)
            return probeDb.error();
        auto copiedVersion = baken::schemaVersion(*probeDb);
        if (!copiedVersion)
            return copiedVersion.error();
        auto ourVersion = schemaVersion();
        if (!ourVersion || *copiedVersion != *ourVersion)
            return Error{ErrorCode::Integrity, Vault::tr("The re-encrypted copy did not match the vault.")};
        return {};
    }();
    if (!exported) {
        removeWithJournal(staging);
        return exported;
    }
    platform::syncFile(staging);

    m_db.close();
    if (auto s = platform::replaceFile(staging, m_path); !s) {
        removeWithJournal(staging);
        auto reopened = connectKeyed(m_path, sqlcipherKeySpec(m_key, m_salt));
        if (reopened) {
            m_db = std::move(reopened).value();
            (void)configureConnection(m_db);
        }
        return s;
    }
    platform::syncDirectory(QFileInfo(m_path).absolutePath());

    m_key = std::move(newKey).value();
    m_salt = newSalt;
    auto reopened = connectKeyed(m_path, sqlcipherKeySpec(m_key, m_salt));
    if (!reopened)
        return reopened.error();
    m_db = std::move(reopened).value();
    if (auto s = configureConnection(m_db); !s)
        return s;
    return m_audit.append(QStringLiteral("vault.passphrase_changed"));
}

} // namespace baken
