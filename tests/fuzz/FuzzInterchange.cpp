// The interchange reader (core/interchange): a JSON document from another
// vault or another program, read and checked in full by importVault.
#include "FuzzSupport.h"

#include "interchange/Interchange.h"

#include <QBuffer>

using namespace baken;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // An empty vault that refuses every write: importVault reads and checks
    // the whole document before it writes anything, so every input is read
    // in full against the same vault and a crash reproduces from the input
    // alone. The writes themselves only ever see checked records.
    static const std::unique_ptr<Vault> vault = fuzz::createReadOnlyVault(QStringLiteral("interchange.baken"));
    QBuffer in;
    in.setData(fuzz::bytesOf(data, size));
    in.open(QIODevice::ReadOnly);
    (void)importVault(*vault, in);
    return 0;
}
