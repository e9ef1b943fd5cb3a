#pragma once

#include "base/Result.h"

namespace baken {

class Database;

// Makes text that a committed transaction erased unrecoverable from the
// vault file and its -wal, even by someone who has the key:
// - the search index is optimized, because FTS4 deletes only add tombstones
//   and the old index segments still hold every word;
// - secure_delete (on for every vault connection) has zeroed the freed
//   cells and pages; a vault that still has free pages is rebuilt (VACUUM),
//   in case some were freed by a tool that had it off;
// - the -wal, which still holds every earlier version of the pages, is
//   checkpointed and truncated to zero.
// Takes time in proportion to the vault's size (docs/security.md).
Status scrubVault(Database &db);

} // namespace baken
