// A published summary file (core/summary/SummaryJsonReader): read back by
// the PDF report and by a coordinator, from wherever the user found it.
#include "FuzzSupport.h"

#include "summary/SummaryJson.h"

using namespace baken;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto summary = summary::summaryFromJson(fuzz::bytesOf(data, size));
    if (!summary)
        return 0;
    // What was accepted is written out as a file Baken would write.
    (void)summary::summaryToJson(*summary);
    return 0;
}
