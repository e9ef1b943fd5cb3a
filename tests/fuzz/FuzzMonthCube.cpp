// The figures inside a roll-up package (core/rollup/MonthCube): read only
// after the package's signature checked out, but written by another vault.
#include "FuzzSupport.h"

#include "rollup/MonthCube.h"

#include <QJsonDocument>

using namespace baken;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument json = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    auto cube = rollup::monthCubeFromJson(json.object());
    if (!cube)
        return 0;
    // What the reader took in, a coordinator cuts and writes out again: a
    // cube it accepted must survive both, and read back as the same cube.
    (void)rollup::cutMonthCube(*cube, cube->period);
    auto written = rollup::monthCubeToJson(*cube);
    if (!written)
        fuzz::fail("an accepted cube cannot be written");
    auto again = rollup::monthCubeFromJson(*written);
    if (!again || !(*again == *cube))
        fuzz::fail("an accepted cube does not read back the same");
    return 0;
}
