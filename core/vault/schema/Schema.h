#pragma once

#include "base/Result.h"

namespace baken {
class Database;
}

// One function per schema version, each run inside its own transaction by
// migrate() (vault/Migrations.h). Never change a released step: add one.
namespace baken::schema {

Status migrateTo1(Database &db);  // meta, secrets, audit log, code lists
Status migrateTo2(Database &db);  // case files
Status migrateTo3(Database &db);  // the doubt line
Status migrateTo4(Database &db);  // peer-support groups
Status migrateTo5(Database &db);  // the coordinator's roll-up
Status migrateTo6(Database &db);  // indexes for ten years of data
Status migrateTo7(Database &db);  // search over doubt-line consultations
Status migrateTo8(Database &db);  // retention: the destroyed-case marker
Status migrateTo9(Database &db);  // the cases due for destruction, indexed
Status migrateTo10(Database &db); // the summary's columns in its indexes

} // namespace baken::schema
