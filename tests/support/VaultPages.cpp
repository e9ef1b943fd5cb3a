#include "VaultPages.h"

#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace baken::test {

namespace {

constexpr int PageSize = 4096;
constexpr int Reserve = 48; // 16 IV + 20 HMAC, rounded up to the AES block
constexpr int SaltSize = 16;
constexpr int WalHeader = 32;
constexpr int FrameHeader = 24;

struct CipherFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

// One page (or a -wal frame's page), decrypted; page 1's salt stays as it was.
QByteArray decryptPage(const QByteArray &page, int pageNumber, const QByteArray &key)
{
    if (page.size() != PageSize)
        return {};
    const int offset = pageNumber == 1 ? SaltSize : 0;
    const int length = PageSize - Reserve - offset;
    const auto *iv = reinterpret_cast<const unsigned char *>(page.constData() + PageSize - Reserve);
    std::unique_ptr<EVP_CIPHER_CTX, CipherFree> ctx(EVP_CIPHER_CTX_new());
    QByteArray plain = page;
    int written = 0;
    int finished = 0;
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr,
                              reinterpret_cast<const unsigned char *>(key.constData()), iv)
               != 1
        || EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data() + offset), &written,
                             reinterpret_cast<const unsigned char *>(page.constData() + offset), length)
               != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data() + offset + written),
                               &finished)
               != 1)
        return {};
    return plain;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint32 bigEndian32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

} // namespace

VaultPlaintext decryptVault(const QString &vaultPath, const QByteArray &keySpec)
{
    VaultPlaintext plain;
    // x'<64 hex key><32 hex salt>'
    if (!keySpec.startsWith("x'") || keySpec.size() < 2 + 64)
        return plain;
    const QByteArray key = QByteArray::fromHex(keySpec.mid(2, 64));

    const QByteArray file = readAll(vaultPath);
    for (qsizetype at = 0; at + PageSize <= file.size(); at += PageSize)
        plain.pages << decryptPage(file.mid(at, PageSize), int(at / PageSize) + 1, key);
    if (!plain.pages.isEmpty()) {
        const QByteArray &first = plain.pages.constFirst();
        // The SQLite header after the salt: page size (big-endian) at 16,
        // reserved bytes per page at 20.
        plain.headerValid = first.size() == PageSize && quint8(first[16]) == PageSize >> 8
                            && quint8(first[17]) == (PageSize & 0xff) && quint8(first[20]) == Reserve;
    }

    const QByteArray wal = readAll(vaultPath + QStringLiteral("-wal"));
    for (qsizetype at = WalHeader; at + FrameHeader + PageSize <= wal.size(); at += FrameHeader + PageSize) {
        const int pageNumber = int(bigEndian32(wal.constData() + at));
        plain.walFrames << decryptPage(wal.mid(at + FrameHeader, PageSize), pageNumber, key);
    }
    return plain;
}

int countOccurrences(const VaultPlaintext &plain, const QByteArray &needle)
{
    int hits = 0;
    for (const QList<QByteArray> *list : {&plain.pages, &plain.walFrames}) {
        for (const QByteArray &page : *list) {
            for (qsizetype at = page.indexOf(needle); at >= 0; at = page.indexOf(needle, at + 1))
                ++hits;
        }
    }
    return hits;
}

} // namespace baken::test
