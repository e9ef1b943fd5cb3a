#include "InterchangeTestSupport.h"

#include "cases/CaseNumber.h"
#include "db/Statement.h"
#include "interchange/PersonalData.h"

#include <QDir>
#include <QFile>

using namespace baken;
using namespace baken::interchange;
using Interchange = test::InterchangeFixture;

namespace {

QJsonObject parsed(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QStringList keysOf(const QJsonObject &object)
{
    return object.keys();
}

} // namespace

TEST_F(Interchange, ARoundTripThroughAFreshVaultGivesTheSameFile)
{
    fill();
    const QByteArray original = exportOf(*vault);
    auto copy = dir.create(u"copy.baken"_qs);
    auto report = importInto(*copy, original);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->cases, 3);
    EXPECT_EQ(report->drafts, 1);
    EXPECT_EQ(report->contacts, 1);
    EXPECT_EQ(report->referrals, 1);
    EXPECT_EQ(report->followUps, 3); // a callback, and the two statutory terms of the report
    EXPECT_EQ(report->hours, 1);
    EXPECT_EQ(report->codeItemsAdded, 2); // a ground and a unit
    EXPECT_TRUE(report->adoptedCodeLists);

    const QByteArray again = exportOf(*copy);
    EXPECT_EQ(QString::fromUtf8(again).toStdString(), QString::fromUtf8(original).toStdString());

    // The copy is a working vault: its search index was rebuilt.
    SqlCaseStore copied(copy->db());
    auto id = copied.caseIdByNumber(second.number);
    ASSERT_TRUE(id.ok() && id->has_value());
    auto hits = copy->db().queryInt("SELECT count(*) FROM case_search WHERE case_search MATCH 'grappen'");
    EXPECT_EQ(*hits, 1);
    // The named case came without its names; the rest of its intake is there.
    const CaseIntake named = copied.caseById(**id)->intake;
    EXPECT_EQ(named.identity, ReporterIdentity::Named);
    EXPECT_TRUE(named.reporterName.isEmpty());
    EXPECT_TRUE(named.reporterContact.isEmpty());
    EXPECT_TRUE(named.accusedName.isEmpty());
    EXPECT_EQ(named.whatHappened, second.intake.whatHappened);
    for (const PersonalDataColumn &column : PersonalDataColumns) {
        const QByteArray sql =
            QByteArray("SELECT count(*) FROM ") + column.table + " WHERE " + column.column + " <> ''";
        EXPECT_EQ(*copy->db().queryInt(sql.constData()), 0) << column.column;
    }
}

TEST_F(Interchange, TheDocumentUsesStableCodesAndHoldsEveryRecordType)
{
    fill();
    const QJsonObject doc = parsed(exportOf(*vault));
    EXPECT_EQ(doc.value(u"format"_qs).toString(), u"baken-interchange");
    EXPECT_EQ(doc.value(u"version"_qs).toInt(), 3);
    EXPECT_EQ(doc.value(u"exportedAt"_qs).toString(), u"2026-03-01T09:30:00.000Z");
    EXPECT_EQ(doc.value(u"settings"_qs).toObject().value(u"retentionMonths"_qs).toInt(), 18);
    EXPECT_EQ(doc.value(u"codeLists"_qs).toObject().size(), allCodeLists().size());

    const QJsonArray cases = doc.value(u"cases"_qs).toArray();
    ASSERT_EQ(cases.size(), 4);
    const QJsonObject closed = cases.at(0).toObject();
    EXPECT_EQ(closed.value(u"number"_qs).toString(), first.number);
    EXPECT_EQ(closed.value(u"status"_qs).toString(), u"closed");
    EXPECT_EQ(closed.value(u"measures"_qs).toArray(), QJsonArray{u"conversation_management"_qs});
    const QJsonObject intake = closed.value(u"intake"_qs).toObject();
    EXPECT_EQ(intake.value(u"channel"_qs).toString(), u"phone");
    EXPECT_EQ(intake.value(u"grounds"_qs).toArray(), (QJsonArray{u"religion"_qs, u"language_or_accent"_qs}));
    EXPECT_EQ(intake.value(u"consents"_qs).toObject().value(u"share"_qs).toObject().value(u"body"_qs),
              u"integrity_office"_qs);
    const QJsonObject contact = closed.value(u"contacts"_qs).toArray().at(0).toObject();
    EXPECT_EQ(contact.value(u"minutes"_qs).toInt(), 30);
    EXPECT_EQ(contact.value(u"revisions"_qs).toArray().at(0).toObject().value(u"minutes"_qs).toInt(), 25);
    EXPECT_TRUE(closed.value(u"referrals"_qs).toArray().at(0).toObject().value(u"sharesData"_qs).toBool());
    EXPECT_FALSE(closed.value(u"followUps"_qs).toArray().at(0).toObject().value(u"doneAt"_qs).isNull());
    EXPECT_EQ(closed.value(u"hours"_qs).toArray().at(0).toObject().value(u"activity"_qs), u"intake"_qs);
    EXPECT_EQ(closed.value(u"statusHistory"_qs).toArray().size(), 3); // new, referred, closed

    // A named case keeps its identity, not the names (PersonalData.h).
    const QJsonObject named = cases.at(1).toObject().value(u"intake"_qs).toObject();
    EXPECT_EQ(named.value(u"identity"_qs).toString(), u"named");
    for (const PersonalDataColumn &column : PersonalDataColumns)
        EXPECT_FALSE(named.contains(column.key)) << column.column;

    const QJsonObject draft = cases.at(3).toObject();
    EXPECT_TRUE(draft.value(u"draft"_qs).toBool());
    EXPECT_TRUE(draft.value(u"number"_qs).isNull());

    const QJsonArray channels = doc.value(u"codeLists"_qs).toObject().value(u"channels"_qs).toArray();
    bool letterRetired = false;
    for (const QJsonValue &item : channels)
        if (item.toObject().value(u"code"_qs) == u"letter"_qs)
            letterRetired = item.toObject().value(u"retired"_qs).toBool();
    EXPECT_TRUE(letterRetired);
}

// Names and contact details never leave the vault in an export: not as a
// value, not as a key. The pseudonym and the account do.
TEST_F(Interchange, AnExportHoldsNoPersonalData)
{
    fill();
    CaseIntake named = intake();
    named.type = CaseType::Complaint;
    named.identity = ReporterIdentity::Named;
    named.pseudonym = u"CanaryPseudonym-4b1e"_qs;
    named.reporterName = u"CanaryReporterName-7f3a"_qs;
    named.reporterContact = u"canary-contact-9c2d@example.org"_qs;
    named.accusedName = u"CanaryAccusedName-e85b"_qs;
    named.whatHappened = u"CanaryAccount-12d0: remarks in the team meeting."_qs;
    named.impact = u"CanaryImpact-5a77"_qs;
    const CaseFile file = registerCase(named);
    ASSERT_FALSE(file.number.isEmpty());
    ASSERT_EQ(store->caseById(file.id)->intake.accusedName, named.accusedName); // the vault has them

    const QByteArray bytes = exportOf(*vault);
    for (const char *canary : {"CanaryReporterName", "canary-contact", "CanaryAccusedName", "7f3a", "9c2d", "e85b"})
        EXPECT_FALSE(bytes.contains(canary)) << canary;
    // fill()'s named case too.
    for (const char *name : {"Fatima", "El Amrani", "fatima@example.org", "Jan de Vries"})
        EXPECT_FALSE(bytes.contains(name)) << name;
    for (const PersonalDataColumn &column : PersonalDataColumns) {
        EXPECT_FALSE(bytes.contains(QByteArray(column.key.data(), column.key.size()))) << column.column;
        // A participant's "contact" column shares its name with keys the
        // format has for other things (a consent, a body's address).
        if (qstrcmp(column.column, "contact") != 0) {
            EXPECT_FALSE(bytes.contains(column.column)) << column.column;
        }
    }
    EXPECT_TRUE(bytes.contains("CanaryPseudonym-4b1e"));
    EXPECT_TRUE(bytes.contains("CanaryAccount-12d0: remarks in the team meeting."));
    EXPECT_TRUE(bytes.contains("CanaryImpact-5a77"));
    EXPECT_TRUE(bytes.contains(file.number.toUtf8()));
}

// PersonalData.h is the one list the writer leaves out and the reader
// refuses; it must name exactly the vault's personal-data columns, so that a
// column marked later cannot end up in exports unnoticed.
TEST_F(Interchange, TheLeftOutColumnsAreExactlyThePersonalDataColumns)
{
    std::vector<std::string> inVault;
    auto rows = vault->db().prepare("SELECT table_name || '.' || column_name FROM personal_data_column ORDER BY 1");
    ASSERT_TRUE(rows.ok());
    ASSERT_TRUE(rows->forEach([&](Statement &row) { inVault.push_back(row.text(0).toStdString()); }).ok());
    std::vector<std::string> inCode;
    QSet<QString> keys;
    for (const PersonalDataColumn &column : PersonalDataColumns) {
        inCode.push_back(std::string(column.table) + '.' + column.column);
        keys.insert(column.key);
    }
    std::sort(inCode.begin(), inCode.end());
    EXPECT_FALSE(inVault.empty());
    EXPECT_EQ(inCode, inVault);
    EXPECT_EQ(keys.size(), qsizetype(inCode.size())) << "each column has a key of its own";
}

TEST_F(Interchange, ExportAndImportAreAuditedWithoutContent)
{
    fill();
    const QByteArray bytes = exportOf(*vault);
    auto exported = vault->audit().latest(1);
    EXPECT_EQ(exported->at(0).event, u"vault.exported");
    EXPECT_TRUE(exported->at(0).objectId.isEmpty());

    auto copy = dir.create(u"copy.baken"_qs);
    ASSERT_TRUE(importInto(*copy, bytes).ok());
    auto imported = copy->audit().latest(1);
    EXPECT_EQ(imported->at(0).event, u"vault.imported");
    EXPECT_TRUE(imported->at(0).objectId.isEmpty());
    EXPECT_TRUE(copy->audit().verify()->intact);
}

TEST_F(Interchange, AVaultInUseKeepsItsOwnLabelsAndGainsTheMissingCodes)
{
    fill();
    const QByteArray bytes = exportOf(*vault);
    auto target = dir.create(u"target.baken"_qs);
    SqlCodeListStore targetCodes(target->db());
    SqlCaseStore targetCases(target->db());
    CaseService targetService(*target, targetCases, targetCodes);
    CodeListService targetLists(*target, targetCodes);
    qint64 phone = 0;
    for (const CodeItem &item : *targetCodes.items(CodeList::Channels, true))
        if (item.code == u"phone")
            phone = item.id;
    ASSERT_TRUE(targetLists.relabel(phone, u"Telefoon (vast)"_qs, u"Phone (landline)"_qs).ok());
    CaseIntake own;
    own.intakeDate = QDate::currentDate().addYears(-1); // another year: no clash of numbers
    auto draft = targetService.createDraft(own);
    ASSERT_TRUE(targetService.registerCase(*draft, own, std::nullopt).ok());

    auto report = importInto(*target, bytes);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_FALSE(report->adoptedCodeLists);
    EXPECT_EQ(report->codeItemsAdded, 2);
    EXPECT_EQ(targetCodes.item(phone)->labelEn, u"Phone (landline)");
    EXPECT_EQ(*target->meta(u"retention_months"_qs), u"12");
    auto imported = targetCases.caseIdByNumber(first.number);
    ASSERT_TRUE(imported.ok() && imported->has_value());
    const CaseFile file = *targetCases.caseById(**imported);
    EXPECT_EQ(file.intake.channelId, phone);
    EXPECT_EQ(targetCodes.item(file.intake.groundIds.at(1))->code, u"language_or_accent");
    EXPECT_EQ(file.status, CaseStatus::Closed);
    EXPECT_EQ(targetCases.statusHistory(**imported)->size(), 3);
}

TEST_F(Interchange, ACodeTheVaultLacksIsAcceptedOnlyWhenTheFileDefinesIt)
{
    fill();
    QJsonObject doc = parsed(exportOf(*vault));
    QJsonArray cases = doc.value(u"cases"_qs).toArray();
    QJsonObject named = cases.at(1).toObject();
    QJsonObject intake = named.value(u"intake"_qs).toObject();
    intake.insert(u"unit"_qs, u"harbour_office"_qs);
    named.insert(u"intake"_qs, intake);
    cases.replace(1, named);
    doc.insert(u"cases"_qs, cases);
    QJsonObject lists = doc.value(u"codeLists"_qs).toObject();
    lists.remove(u"grounds"_qs); // the target's own grounds lack language_or_accent
    doc.insert(u"codeLists"_qs, lists);

    auto target = dir.create(u"target.baken"_qs);
    auto refused = importInto(*target, toBytes(doc));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"\"language_or_accent\" is neither in this vault's list"))
        << refused.error().message.toStdString();

    QJsonArray grounds{QJsonObject{{u"code"_qs, u"language_or_accent"_qs},
                                   {u"labelNl"_qs, u"Taal"_qs},
                                   {u"labelEn"_qs, u"Language"_qs},
                                   {u"retired"_qs, false},
                                   {u"builtin"_qs, false}}};
    lists.insert(u"grounds"_qs, grounds);
    QJsonArray units = lists.value(u"units"_qs).toArray();
    units.append(QJsonObject{{u"code"_qs, u"harbour_office"_qs},
                             {u"labelNl"_qs, u"Havenbedrijf"_qs},
                             {u"labelEn"_qs, u"Port authority"_qs},
                             {u"retired"_qs, true},
                             {u"builtin"_qs, false}});
    lists.insert(u"units"_qs, units);
    doc.insert(u"codeLists"_qs, lists);
    auto accepted = importInto(*target, toBytes(doc));
    ASSERT_TRUE(accepted.ok()) << accepted.error().message.toStdString();
    EXPECT_EQ(accepted->codeItemsAdded, 3); // and the unit of the first case
    SqlCodeListStore targetCodes(target->db());
    const auto targetUnits = *targetCodes.items(CodeList::Units, true);
    EXPECT_EQ(targetUnits.constLast().code, u"harbour_office");
    EXPECT_TRUE(targetUnits.constLast().retired);
}

TEST_F(Interchange, AnEmptyVaultExportsAndImportsToo)
{
    const QByteArray bytes = exportOf(*vault);
    EXPECT_TRUE(parsed(bytes).value(u"cases"_qs).toArray().isEmpty());
    auto copy = dir.create(u"copy.baken"_qs);
    auto report = importInto(*copy, bytes);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->cases + report->drafts + report->codeItemsAdded, 0);
    EXPECT_EQ(exportOf(*copy), bytes);
}

// The top level and a case object carry every key the published schema
// requires, and no key it does not describe. (The full schema check runs
// with python3-jsonschema as Interchange.ExportMatchesSchema.)
TEST_F(Interchange, TheExportHasTheKeysThePublishedSchemaRequires)
{
    fill();
    fillDoubtLine();
    fillGroups();
    QFile schemaFile(QStringLiteral(BAKEN_SOURCE_DIR "/docs/interchange.schema.json"));
    ASSERT_TRUE(schemaFile.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(schemaFile.readAll()).object();
    const QJsonObject caseSchema = schema.value(u"$defs"_qs).toObject().value(u"case"_qs).toObject();
    const QJsonObject intakeSchema = schema.value(u"$defs"_qs).toObject().value(u"intake"_qs).toObject();
    ASSERT_FALSE(caseSchema.isEmpty());
    ASSERT_FALSE(intakeSchema.isEmpty());

    const QByteArray bytes = exportOf(*vault);
    const QJsonObject doc = parsed(bytes);
    const auto check = [](const QJsonObject &object, const QJsonObject &objectSchema, const char *what) {
        const QJsonObject properties = objectSchema.value(u"properties"_qs).toObject();
        for (const QJsonValue &required : objectSchema.value(u"required"_qs).toArray())
            EXPECT_TRUE(object.contains(required.toString())) << what << ": " << required.toString().toStdString();
        for (const QString &key : keysOf(object))
            EXPECT_TRUE(properties.contains(key)) << what << ": undocumented " << key.toStdString();
        EXPECT_EQ(objectSchema.value(u"additionalProperties"_qs), QJsonValue(false)) << what;
    };
    check(doc, schema, "document");
    for (const QJsonValue &c : doc.value(u"cases"_qs).toArray()) {
        check(c.toObject(), caseSchema, "case");
        check(c.toObject().value(u"intake"_qs).toObject(), intakeSchema, "intake");
    }
    const QJsonObject defs = schema.value(u"$defs"_qs).toObject();
    ASSERT_EQ(doc.value(u"consultations"_qs).toArray().size(), 5);
    for (const QJsonValue &c : doc.value(u"consultations"_qs).toArray()) {
        check(c.toObject(), defs.value(u"consultation"_qs).toObject(), "consultation");
        for (const QJsonValue &r : c.toObject().value(u"revisions"_qs).toArray())
            check(r.toObject(), defs.value(u"consultationRevision"_qs).toObject(), "consultation revision");
    }
    ASSERT_FALSE(doc.value(u"referralGuide"_qs).toArray().isEmpty());
    for (const QJsonValue &e : doc.value(u"referralGuide"_qs).toArray())
        check(e.toObject(), defs.value(u"guideEntry"_qs).toObject(), "guide entry");
    ASSERT_EQ(doc.value(u"groups"_qs).toArray().size(), 2);
    for (const QJsonValue &value : doc.value(u"groups"_qs).toArray()) {
        const QJsonObject g = value.toObject();
        check(g, defs.value(u"group"_qs).toObject(), "group");
        check(g.value(u"schedule"_qs).toObject(), defs.value(u"schedule"_qs).toObject(), "schedule");
        const std::pair<const char *, const char *> lists[] = {{"sessionChanges", "sessionChange"},
                                                               {"sessionNotes", "sessionNote"},
                                                               {"participants", "participant"},
                                                               {"attendance", "attendance"},
                                                               {"tasks", "groupTask"}};
        for (const auto &[list, def] : lists)
            for (const QJsonValue &item : g.value(QLatin1String(list)).toArray())
                check(item.toObject(), defs.value(QLatin1String(def)).toObject(), def);
    }

    // Interchange.ExportMatchesSchema validates this file against the full schema.
    if (const QByteArray path = qgetenv("BAKEN_INTERCHANGE_SAMPLE"); !path.isEmpty()) {
        QFile sample(QString::fromLocal8Bit(path));
        ASSERT_TRUE(sample.open(QIODevice::WriteOnly));
        sample.write(bytes);
    }
}

TEST_F(Interchange, TheStoreWritesAnImportedCaseAsItWas)
{
    CaseFile file;
    file.draft = false;
    file.number = u"2025-0042"_qs;
    file.intake = intake(QDate(2025, 5, 2));
    file.status = CaseStatus::Referred;
    file.createdAt = QDateTime(QDate(2025, 5, 2), QTime(10, 0), Qt::UTC);
    file.updatedAt = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    const QList<StatusChange> history{{file.createdAt, std::nullopt, CaseStatus::New},
                                      {file.updatedAt, CaseStatus::New, CaseStatus::Referred}};
    auto id = store->insertImportedCase(file, history);
    ASSERT_TRUE(id.ok());
    const CaseFile stored = *store->caseById(*id);
    EXPECT_EQ(stored.number, u"2025-0042");
    EXPECT_FALSE(stored.draft);
    EXPECT_EQ(stored.intake, file.intake);
    EXPECT_EQ(stored.createdAt, file.createdAt);
    EXPECT_EQ(stored.updatedAt, file.updatedAt);
    EXPECT_EQ(store->statusHistory(*id)->size(), 2);
    EXPECT_EQ(store->statusHistory(*id)->at(1).at, file.updatedAt);
    // The yearly sequence continues after an imported number.
    EXPECT_EQ(store->nextNumber(2025)->sequence, 43);

    const ContactMoment contact{0, *id, file.updatedAt, 0, 20, u"Nu"_qs, 0};
    const QList<ContactRevision> revisions{{file.updatedAt, file.createdAt, 0, 10, u"Eerst"_qs}};
    auto contactId = store->insertImportedContact(contact, revisions);
    ASSERT_TRUE(contactId.ok());
    EXPECT_EQ(store->contactRevisions(*contactId)->at(0).note, u"Eerst");

    auto draftId = service->createDraft(intake());
    EXPECT_EQ(*store->caseIds(), (QList<qint64>{*id, *draftId})); // registered first, then drafts
}
