<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>baken::CliApp</name>
    <message>
        <source>Create a new, empty vault</source>
        <translation>Een nieuwe, lege kluis maken</translation>
    </message>
    <message>
        <source>Check a vault: integrity, schema version, audit chain, record counts</source>
        <translation>Een kluis controleren: integriteit, schemaversie, auditketen, aantallen</translation>
    </message>
    <message>
        <source>Change a vault&apos;s passphrase</source>
        <translation>De wachtwoordzin van een kluis wijzigen</translation>
    </message>
    <message>
        <source>Create a vault filled with synthetic demonstration data</source>
        <translation>Een kluis met verzonnen demonstratiegegevens maken</translation>
    </message>
    <message>
        <source>Print the raw encryption key, for disaster recovery</source>
        <translation>De onbewerkte versleutelingssleutel tonen, voor noodherstel</translation>
    </message>
    <message>
        <source>Usage: baken-cli [--lang nl|en] COMMAND VAULT [options]</source>
        <translation>Gebruik: baken-cli [--lang nl|en] OPDRACHT KLUIS [opties]</translation>
    </message>
    <message>
        <source>Baken keeps confidential reports in an encrypted vault. Commands:</source>
        <translation>Baken bewaart vertrouwelijke meldingen in een versleutelde kluis. Opdrachten:</translation>
    </message>
    <message>
        <source>Run &quot;baken-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Gebruik &quot;baken-cli OPDRACHT --help&quot; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>The passphrase is asked for without echo, or read from --passphrase-file FILE, or from the environment variable BAKEN_PASSPHRASE (meant for automation).</source>
        <translation>De wachtwoordzin wordt gevraagd zonder dat hij zichtbaar is, of gelezen uit --passphrase-file BESTAND, of uit de omgevingsvariabele BAKEN_PASSPHRASE (bedoeld voor automatisering).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage error, 3 wrong passphrase or not a vault, 4 vault from a newer version.</source>
        <translation>Afsluitcodes: 0 gelukt, 1 mislukt, 2 verkeerd gebruik, 3 onjuiste wachtwoordzin of geen kluis, 4 kluis van een nieuwere versie.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose nl or en.</source>
        <translation>Onbekende taal &quot;%1&quot;; kies nl of en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;baken-cli --help&quot; for the list.</source>
        <translation>Onbekende opdracht &quot;%1&quot;. Gebruik &quot;baken-cli --help&quot; voor het overzicht.</translation>
    </message>
    <message>
        <source>The vault file (*.baken).</source>
        <translation>Het kluisbestand (*.baken).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Name exactly one vault file.</source>
        <translation>Noem precies één kluisbestand.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>De wachtwoordzin lezen uit de eerste regel van BESTAND.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>De nieuwe wachtwoordzin lezen uit de eerste regel van BESTAND.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Het wachtwoordzinbestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Herhaal de nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>De twee wachtwoordzinnen verschillen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Create a new, empty vault protected by a passphrase.</source>
        <translation>Een nieuwe, lege kluis maken, beveiligd met een wachtwoordzin.</translation>
    </message>
    <message>
        <source>%1 already exists; Baken never overwrites a file.</source>
        <translation>%1 bestaat al; Baken overschrijft nooit een bestand.</translation>
    </message>
    <message>
        <source>Passphrase for the new vault: </source>
        <translation>Wachtwoordzin voor de nieuwe kluis: </translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess (%1). %2</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden (%1). %2</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Herhaal de wachtwoordzin: </translation>
    </message>
    <message>
        <source>The two passphrases differ. No vault was created.</source>
        <translation>De twee wachtwoordzinnen verschillen. Er is geen kluis gemaakt.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 is gemaakt.</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; write it down or print it and keep it apart from the laptop):</source>
        <translation>Herstelsleutel (alleen nu zichtbaar; schrijf hem op of druk hem af en bewaar hem apart van de laptop):</translation>
    </message>
    <message>
        <source>With it, the encrypted backups can be opened if the passphrase is forgotten.</source>
        <translation>Hiermee zijn de versleutelde back-ups te openen als de wachtwoordzin vergeten is.</translation>
    </message>
    <message>
        <source>Check a vault: integrity, schema version, audit chain and record counts.</source>
        <translation>Een kluis controleren: integriteit, schemaversie, auditketen en aantallen.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integriteit: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Baken: %2)</source>
        <translation>Schemaversie: %1 (deze Baken: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, chain intact</source>
        <translation>
            <numerusform>Auditlog: %n regel, keten intact</numerusform>
            <numerusform>Auditlog: %n regels, keten intact</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: chain BROKEN at entry %1 of %2</source>
        <translation>Auditlog: keten VERBROKEN bij regel %1 van %2</translation>
    </message>
    <message>
        <source>The vault has problems; restore it from a backup or contact support.</source>
        <translation>De kluis heeft problemen; zet een back-up terug of neem contact op met de ondersteuning.</translation>
    </message>
    <message>
        <source>Change a vault&apos;s passphrase.</source>
        <translation>De wachtwoordzin van een kluis wijzigen.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Huidige wachtwoordzin: </translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key stays the same.</source>
        <translation>De wachtwoordzin is gewijzigd. De herstelsleutel blijft hetzelfde.</translation>
    </message>
    <message>
        <source>Create a vault with synthetic demonstration data. Without a passphrase option the published demo passphrase is used.</source>
        <translation>Een kluis met verzonnen demonstratiegegevens maken. Zonder wachtwoordzinoptie wordt de gepubliceerde demo-wachtwoordzin gebruikt.</translation>
    </message>
    <message>
        <source>Created the demo vault %1.</source>
        <translation>De demokluis %1 is gemaakt.</translation>
    </message>
    <message>
        <source>Confirm that you want the key printed.</source>
        <translation>Bevestigen dat de sleutel getoond mag worden.</translation>
    </message>
    <message>
        <source>Print the vault&apos;s raw encryption key, for disaster recovery with the sqlcipher shell (docs/security.md).</source>
        <translation>De onbewerkte versleutelingssleutel van de kluis tonen, voor noodherstel met de sqlcipher-shell (docs/security.md).</translation>
    </message>
    <message>
        <source>This prints the raw key that decrypts the whole vault. Anyone who sees it can read every case, whatever the passphrase. Use it only for disaster recovery, on a computer you trust, and repeat the command with --yes.</source>
        <translation>Dit toont de onbewerkte sleutel die de hele kluis ontsleutelt. Wie hem ziet, kan elke casus lezen, wat de wachtwoordzin ook is. Gebruik dit alleen voor noodherstel, op een computer die u vertrouwt, en herhaal de opdracht met --yes.</translation>
    </message>
</context>
<context>
    <name>baken::CodeList</name>
    <message>
        <source>Grounds of discrimination</source>
        <translation>Discriminatiegronden</translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation>Vormen van gedrag</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Reporter roles</source>
        <translation>Rollen van melders</translation>
    </message>
    <message>
        <source>Roles of the accused</source>
        <translation>Rollen van beschuldigden</translation>
    </message>
    <message>
        <source>Referral bodies</source>
        <translation>Verwijsinstanties</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Organisatieonderdelen</translation>
    </message>
</context>
<context>
    <name>baken::CodeLists</name>
    <message>
        <source>That item no longer exists.</source>
        <translation>Dat item bestaat niet meer.</translation>
    </message>
    <message>
        <source>Give the item a name in Dutch and in English.</source>
        <translation>Geef het item een naam in het Nederlands en in het Engels.</translation>
    </message>
    <message>
        <source>A name can be at most %1 characters long.</source>
        <translation>Een naam mag hoogstens %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>This list already has a retired item with that name. Restore it instead.</source>
        <translation>Deze lijst heeft al een buiten gebruik gesteld item met die naam. Neem dat weer in gebruik.</translation>
    </message>
    <message>
        <source>This list already has an item with that name.</source>
        <translation>Deze lijst heeft al een item met die naam.</translation>
    </message>
    <message>
        <source>Standard items cannot be deleted; retire the item instead.</source>
        <translation>Standaarditems kunnen niet worden verwijderd; stel het item buiten gebruik.</translation>
    </message>
    <message>
        <source>This item is used in saved records; retire it instead.</source>
        <translation>Dit item wordt in opgeslagen gegevens gebruikt; stel het buiten gebruik.</translation>
    </message>
</context>
<context>
    <name>baken::Database</name>
    <message>
        <source>The passphrase is not correct, or the file is not a Baken vault.</source>
        <translation>De wachtwoordzin is onjuist, of het bestand is geen Baken-kluis.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The vault file cannot be written. Check that the folder is writable.</source>
        <translation>Het kluisbestand kan niet worden geschreven. Controleer of de map beschrijfbaar is.</translation>
    </message>
    <message>
        <source>The vault is in use by another Baken window or program.</source>
        <translation>De kluis is in gebruik door een ander Baken-venster of programma.</translation>
    </message>
    <message>
        <source>The vault file is damaged. Restore it from a backup.</source>
        <translation>Het kluisbestand is beschadigd. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>The vault could not be read from or written to the disk.</source>
        <translation>De kluis kon niet van de schijf worden gelezen of ernaar worden geschreven.</translation>
    </message>
    <message>
        <source>The vault reported an internal error (code %1). Nothing was changed.</source>
        <translation>De kluis meldde een interne fout (code %1). Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>baken::PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long sentence only you would think of.</source>
        <translation>Gebruik vier of meer woorden die niets met elkaar te maken hebben, of een lange zin die alleen u zou bedenken.</translation>
    </message>
    <message>
        <source>Acceptable. One more unrelated word makes it strong.</source>
        <translation>Aanvaardbaar. Eén woord extra maakt hem sterk.</translation>
    </message>
    <message>
        <source>It contains common words or names, even with letters swapped for digits.</source>
        <translation>Er staan veelgebruikte woorden of namen in, ook als letters door cijfers zijn vervangen.</translation>
    </message>
    <message>
        <source>It repeats characters or parts.</source>
        <translation>Er worden tekens of stukken herhaald.</translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 1234.</source>
        <translation>Er staat een reeks in, zoals abc of 1234.</translation>
    </message>
    <message>
        <source>It contains a keyboard pattern such as qwerty.</source>
        <translation>Er staat een toetsenbordpatroon in, zoals qwerty.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>Er staat een datum of jaartal in.</translation>
    </message>
    <message>
        <source>It is short.</source>
        <translation>Hij is kort.</translation>
    </message>
</context>
<context>
    <name>baken::RecoveryKey</name>
    <message>
        <source>A recovery key has %1 characters in groups of four; this one has %2.</source>
        <translation>Een herstelsleutel heeft %1 tekens in groepjes van vier; deze heeft er %2.</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; does not occur in recovery keys.</source>
        <translation>Het teken &quot;%1&quot; komt in herstelsleutels niet voor.</translation>
    </message>
    <message>
        <source>This recovery key contains a typing error. Check each group against the printed key.</source>
        <translation>Deze herstelsleutel bevat een typefout. Vergelijk elk groepje met de afgedrukte sleutel.</translation>
    </message>
</context>
<context>
    <name>baken::Vault</name>
    <message>
        <source>This vault uses a key setting that this version of Baken does not know. Open it with the version that created it.</source>
        <translation>Deze kluis gebruikt een sleutelinstelling die deze versie van Baken niet kent. Open hem met de versie die hem heeft gemaakt.</translation>
    </message>
    <message>
        <source>There was not enough memory to derive the key. Close other programs and try again.</source>
        <translation>Er was niet genoeg geheugen om de sleutel af te leiden. Sluit andere programma&apos;s en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Er bestaat al een bestand met die naam. Kies een andere naam.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>De schijf is vol.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>De map bestaat niet.</translation>
    </message>
    <message>
        <source>You may not write in that folder.</source>
        <translation>U mag niet in die map schrijven.</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>Het bestand kon niet worden geschreven (%1).</translation>
    </message>
    <message>
        <source>This copy of Baken was built without encryption support and refuses to open vaults.</source>
        <translation>Dit exemplaar van Baken is gebouwd zonder versleuteling en weigert kluizen te openen.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal could not be switched on.</source>
        <translation>Het journaal van de kluis kon niet worden ingeschakeld.</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Baken (step %1). It was left exactly as it was.</source>
        <translation>De kluis kon niet worden bijgewerkt naar deze versie van Baken (stap %1). Hij is precies gebleven zoals hij was.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Er is geen bestand op %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Baken vault.</source>
        <translation>%1 is een map, geen Baken-kluis.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Baken vault.</source>
        <translation>%1 is leeg: het is geen Baken-kluis.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation>%1 kan niet worden gelezen. Controleer de bestandsrechten.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted database, not a Baken vault. Baken only opens vaults it created.</source>
        <translation>%1 is een onversleutelde database, geen Baken-kluis. Baken opent alleen kluizen die het zelf heeft gemaakt.</translation>
    </message>
    <message>
        <source>%1 is not a Baken vault.</source>
        <translation>%1 is geen Baken-kluis.</translation>
    </message>
    <message>
        <source>The folder for the new vault does not exist.</source>
        <translation>De map voor de nieuwe kluis bestaat niet.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>De wachtwoordzin is onjuist.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Baken. Install that version to open it; this version leaves it untouched.</source>
        <translation>Deze kluis is opgeslagen door een nieuwere versie van Baken. Installeer die versie om hem te openen; deze versie laat hem onaangeroerd.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Deze kluis heeft geen herstelsleutel.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>De huidige wachtwoordzin is onjuist.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>De nieuwe wachtwoordzin is gelijk aan de huidige.</translation>
    </message>
    <message>
        <source>The re-encrypted copy did not match the vault.</source>
        <translation>De opnieuw versleutelde kopie kwam niet overeen met de kluis.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess (%1). %2</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden (%1). %2</translation>
    </message>
</context>
<context>
    <name>baken::VaultCheck</name>
    <message>
        <source>Code-list items in use</source>
        <translation>Codelijstitems in gebruik</translation>
    </message>
    <message>
        <source>Retired code-list items</source>
        <translation>Buiten gebruik gestelde codelijstitems</translation>
    </message>
    <message>
        <source>Audit-log entries</source>
        <translation>Regels in het auditlog</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Confidential case management for reports of discrimination at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault file to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo vault (or VAULT, if it is a demo vault) with its published passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE, print its path and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language for this run: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
