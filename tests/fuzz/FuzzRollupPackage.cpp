// Roll-up packages (core/rollup/RollupPackage): a file from an advisor,
// opened, verified and read by the coordinator's vault.
//
// An input starting with the package magic is opened as it is. Anything else
// is taken as the signed JSON inside a package: the target signs it with the
// seed key and seals it to the coordinator, so that the reader behind the
// seal and the signature is fuzzed too (the seeds in corpus/rollup_package
// name that key as their signer).
#include "FuzzSupport.h"

#include "rollup/RollupPackage.h"

#include <QtEndian>

#include <sodium.h>

using namespace baken;

namespace {

struct Coordinator {
    std::unique_ptr<Vault> vault;
    QByteArray boxKey;
};

Coordinator &coordinator()
{
    static Coordinator c = [] {
        Coordinator made{fuzz::createVault(QStringLiteral("coordinator.baken")), {}};
        auto keys = rollup::ownPublicKeys(*made.vault); // made on first use: before any input
        if (!keys)
            fuzz::fail("no coordinator keys");
        made.boxKey = keys->box;
        return made;
    }();
    return c;
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

// The layout sealPackage writes: magic, version, then sealed
// (length, JSON, signature).
QByteArray sealed(QByteArray json, const QByteArray &boxKey)
{
    static const fuzz::SignKeys signer = fuzz::seedSignKeys();
    QByteArray inner(4, '\0');
    qToBigEndian(quint32(json.size()), inner.data());
    inner += json;
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(signature), nullptr, bytes(json), quint64(json.size()),
                         reinterpret_cast<const unsigned char *>(signer.secret.constData()));
    inner += signature;
    QByteArray box(inner.size() + crypto_box_SEALBYTES, '\0');
    crypto_box_seal(bytes(box), bytes(inner), quint64(inner.size()),
                    reinterpret_cast<const unsigned char *>(boxKey.constData()));
    return QByteArrayLiteral("BAKENPKG\x02") + box;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    coordinator();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Coordinator &c = coordinator();
    QByteArray input = fuzz::bytesOf(data, size);
    if (!input.startsWith("BAKENPKG"))
        input = sealed(std::move(input), c.boxKey);
    (void)rollup::openPackage(*c.vault, input);
    (void)rollup::packageId(input);
    return 0;
}
