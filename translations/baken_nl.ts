<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Baken notes here when the vault was unlocked and when a record was added, changed, exported or destroyed. The log never holds what a case says. Each entry is linked to the one before it, so a changed or removed entry shows when you verify the chain.</source>
        <translation>Baken legt hier vast wanneer de kluis is ontgrendeld en wanneer een gegeven is toegevoegd, gewijzigd, geëxporteerd of vernietigd. Wat er in een casus staat, komt nooit in het log. Elke regel is gekoppeld aan de regel ervoor. Is een regel gewijzigd of verwijderd, dan blijkt dat bij het controleren van de keten.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Het auditlog filteren</translation>
    </message>
    <message>
        <source>What happened, record number, date or user</source>
        <translation>Gebeurtenis, nummer, datum of gebruiker</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Regels van het auditlog, nieuwste eerst</translation>
    </message>
    <message>
        <source>Audit log message</source>
        <translation>Melding over het auditlog</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Keten &amp;controleren</translation>
    </message>
    <message>
        <source>Who did what and when in this vault, newest first; the filter above narrows the list.</source>
        <translation>Wie wat wanneer in deze kluis heeft gedaan, nieuwste eerst; het filter erboven maakt de lijst korter.</translation>
    </message>
    <message>
        <source>Checks that no entry was changed or removed since Baken wrote it.</source>
        <translation>Controleert of er geen regel is gewijzigd of verwijderd sinds Baken die schreef.</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;Terug naar casussen</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Terug naar het overzicht (Alt+Pijl-links)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>I&amp;n behandeling</translation>
    </message>
    <message>
        <source>Re&amp;ferred</source>
        <translation>&amp;Doorverwezen</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Casus afsluiten…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>He&amp;ropenen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Casusdossier</translation>
    </message>
    <message>
        <source>Data-subject e&amp;xtract…</source>
        <translation>Inzageoverzic&amp;ht…</translation>
    </message>
    <message>
        <source>Save what this case holds about the reporter as a PDF and a JSON file, for a request for access</source>
        <translation>Slaat op wat deze casus over de melder bevat, als pdf- en JSON-bestand, voor een verzoek om inzage</translation>
    </message>
    <message>
        <source>Marks that you are working on this case; the status shows in the case list.</source>
        <translation>Geeft aan dat u met deze casus bezig bent; de status staat in de casuslijst.</translation>
    </message>
    <message>
        <source>Marks that the reporter was referred elsewhere; record where on the Referrals tab.</source>
        <translation>Geeft aan dat de melder is doorverwezen; leg op het tabblad Verwijzingen vast waarheen.</translation>
    </message>
    <message>
        <source>Records the outcome and closes the case; this sets its destruction date.</source>
        <translation>Legt de uitkomst vast en sluit de casus af; daarmee ligt de vernietigingsdatum vast.</translation>
    </message>
    <message>
        <source>Opens this closed case again, to record more in it.</source>
        <translation>Heropent deze afgesloten casus, om er meer in vast te leggen.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Casussen zoeken</translation>
    </message>
    <message>
        <source>Number, pseudonym or any word from the case (Ctrl+F)</source>
        <translation>Nummer, pseudoniem of een woord uit de casus (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Nieuwe intake…</translation>
    </message>
    <message>
        <source>Start a new intake (Ctrl+N)</source>
        <translation>Nieuwe intake beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Signal &amp;bundling…</source>
        <translation>&amp;Signalen bundelen…</translation>
    </message>
    <message>
        <source>Cases about the same unit or person</source>
        <translation>Casussen over hetzelfde organisatieonderdeel of dezelfde persoon</translation>
    </message>
    <message>
        <source>Export &amp;hours…</source>
        <translation>&amp;Uren exporteren…</translation>
    </message>
    <message>
        <source>The hours of one month for invoicing, as CSV</source>
        <translation>De uren van één maand voor de facturering, als CSV</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filteren op type</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Discriminatiegrond:</translation>
    </message>
    <message>
        <source>Filter by ground</source>
        <translation>Filteren op discriminatiegrond</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Organisatieonderdeel:</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>Filteren op organisatieonderdeel</translation>
    </message>
    <message>
        <source>Intake &amp;period from</source>
        <translation>Intake&amp;periode van</translation>
    </message>
    <message>
        <source>Filter by intake period</source>
        <translation>Filteren op intakeperiode</translation>
    </message>
    <message>
        <source>Intake period from</source>
        <translation>Intakeperiode van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Intake period to</source>
        <translation>Intakeperiode tot en met</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-ups only</source>
        <translation>Alleen met opvolging die te &amp;laat is</translation>
    </message>
    <message>
        <source>Show &amp;drafts</source>
        <translation>&amp;Concepten tonen</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Shows only cases with this status, such as new, in progress or closed.</source>
        <translation>Toont alleen casussen met deze status, zoals nieuw, in behandeling of afgesloten.</translation>
    </message>
    <message>
        <source>Shows only cases of this type, such as signals or complaints.</source>
        <translation>Toont alleen casussen van dit type, zoals signalen of klachten.</translation>
    </message>
    <message>
        <source>Shows only cases with this ground of discrimination.</source>
        <translation>Toont alleen casussen met deze discriminatiegrond.</translation>
    </message>
    <message>
        <source>Shows only cases about this department or district.</source>
        <translation>Toont alleen casussen over dit organisatieonderdeel.</translation>
    </message>
    <message>
        <source>Shows only cases with an intake date in the period beside it.</source>
        <translation>Toont alleen casussen met een intakedatum in de periode ernaast.</translation>
    </message>
    <message>
        <source>The first intake date the list shows.</source>
        <translation>De eerste intakedatum die de lijst toont.</translation>
    </message>
    <message>
        <source>The last intake date the list shows.</source>
        <translation>De laatste intakedatum die de lijst toont.</translation>
    </message>
    <message>
        <source>Shows only cases with a follow-up past its due date.</source>
        <translation>Toont alleen casussen met een opvolgactie waarvan de uiterste datum voorbij is.</translation>
    </message>
    <message>
        <source>Also lists intakes that are not yet registered as a case.</source>
        <translation>Toont ook intakes die nog niet als casus zijn geregistreerd.</translation>
    </message>
    <message>
        <source>Shows all cases again: clears the search and every filter.</source>
        <translation>Toont weer alle casussen: wist de zoekopdracht en alle filters.</translation>
    </message>
    <message>
        <source>Cases matching the search and filters; press Enter to open one.</source>
        <translation>Casussen die aan de zoekopdracht en de filters voldoen; druk op Enter om er een te openen.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>Nieuwe wachtwoordzin he&amp;rhalen:</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Wachtwoordzin wordt gewijzigd</translation>
    </message>
    <message>
        <source>The passphrase that unlocks the vault now.</source>
        <translation>De wachtwoordzin waarmee de kluis nu wordt ontgrendeld.</translation>
    </message>
    <message>
        <source>The passphrase that will unlock the vault from now on; the meter below rates it.</source>
        <translation>De wachtwoordzin waarmee u de kluis voortaan ontgrendelt; de meter eronder beoordeelt hem.</translation>
    </message>
    <message>
        <source>Type the new passphrase again, to rule out a typing error.</source>
        <translation>Typ de nieuwe wachtwoordzin nog eens, om een tikfout uit te sluiten.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Casus afsluiten</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>Genomen &amp;maatregelen:</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Genomen maatregelen</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>Afgesloten &amp;op:</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Afsluitdatum</translation>
    </message>
    <message>
        <source>Destruction date</source>
        <translation>Vernietigingsdatum</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>How the case ended, such as resolved, referred elsewhere or withdrawn by the reporter.</source>
        <translation>Hoe de casus afliep, bijvoorbeeld opgelost, doorverwezen of ingetrokken door de melder.</translation>
    </message>
    <message>
        <source>Tick every measure taken in this case; Space ticks or clears the selected one.</source>
        <translation>Vink elke maatregel aan die in deze casus is genomen; de spatiebalk zet het vinkje bij de geselecteerde aan of uit.</translation>
    </message>
    <message>
        <source>The day the case was closed; the destruction date is counted from it.</source>
        <translation>De dag waarop de casus is afgesloten; de vernietigingsdatum wordt vanaf die dag berekend.</translation>
    </message>
</context>
<context>
    <name>CodeItemDialog</name>
    <message>
        <source>&amp;Dutch name:</source>
        <translation>&amp;Nederlandse naam:</translation>
    </message>
    <message>
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;Engelse naam:</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <source>The name shown when Baken is set to Dutch.</source>
        <translation>De naam die wordt getoond als Baken in het Nederlands staat.</translation>
    </message>
    <message>
        <source>The name shown when Baken is set to English.</source>
        <translation>De naam die wordt getoond als Baken in het Engels staat.</translation>
    </message>
</context>
<context>
    <name>CodeListEditor</name>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lijst:</translation>
    </message>
    <message>
        <source>Code list</source>
        <translation>Codelijst</translation>
    </message>
    <message>
        <source>Items of the code list</source>
        <translation>Items van de codelijst</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;oevoegen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Buiten gebruik &amp;stellen</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Weer in &amp;gebruik nemen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Chooses which list of choices to edit, such as the grounds of discrimination.</source>
        <translation>Kiest welke keuzelijst u bewerkt, bijvoorbeeld de discriminatiegronden.</translation>
    </message>
    <message>
        <source>The items of the chosen list in both languages; select one to rename, retire or delete it.</source>
        <translation>De items van de gekozen lijst in beide talen; selecteer er een om de naam te wijzigen, het buiten gebruik te stellen of te verwijderen.</translation>
    </message>
    <message>
        <source>Adds a new item to this list, with a Dutch and an English name.</source>
        <translation>Voegt een nieuw item toe aan deze lijst, met een Nederlandse en een Engelse naam.</translation>
    </message>
    <message>
        <source>Changes the Dutch and English name of the selected item.</source>
        <translation>Wijzigt de Nederlandse en Engelse naam van het geselecteerde item.</translation>
    </message>
    <message>
        <source>Stops offering the selected item; records that already use it keep it.</source>
        <translation>Biedt het geselecteerde item niet meer aan; gegevens waarin het al voorkomt, behouden het.</translation>
    </message>
    <message>
        <source>Offers the selected retired item again.</source>
        <translation>Biedt het geselecteerde, buiten gebruik gestelde item weer aan.</translation>
    </message>
    <message>
        <source>Removes an item you added that is used nowhere; this cannot be undone.</source>
        <translation>Verwijdert een zelf toegevoegd item dat nergens wordt gebruikt; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>New consultation</source>
        <translation>Nieuw consult</translation>
    </message>
    <message>
        <source>Consultation state</source>
        <translation>Status van het consult</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>Date and time of the consultation</source>
        <translation>Datum en tijd van het consult</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Time since the timer started</source>
        <translation>Tijd sinds de timer is gestart</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>M&amp;edewerker:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Kanaa&amp;l:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Caller &amp;role:</source>
        <translation>&amp;Rol van de beller:</translation>
    </message>
    <message>
        <source>Caller role</source>
        <translation>Rol van de beller</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>Organ&amp;isatieonderdeel:</translation>
    </message>
    <message>
        <source>Unit (optional)</source>
        <translation>Organisatieonderdeel (optioneel)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>Discriminatie&amp;gronden:</translation>
    </message>
    <message>
        <source>Forms of beha&amp;viour:</source>
        <translation>T&amp;ype gedrag:</translation>
    </message>
    <message>
        <source>Grounds of discrimination</source>
        <translation>Discriminatiegronden</translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation>Gedragsvormen</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>The caller&apos;s question in a few words</source>
        <translation>De vraag van de beller in een paar woorden</translation>
    </message>
    <message>
        <source>The caller&apos;s question in a few words, without names</source>
        <translation>De vraag van de beller in een paar woorden, zonder namen</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>Resterende tekens</translation>
    </message>
    <message>
        <source>Was it discrimination?</source>
        <translation>Was het discriminatie?</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;Possibly</source>
        <translation>Mogelij&amp;k</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>&amp;Unclear</source>
        <translation>&amp;Onduidelijk</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Listened and e&amp;xplained</source>
        <translation>Gelui&amp;sterd en uitgelegd</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Advies:</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Gegeven advies</translation>
    </message>
    <message>
        <source>R&amp;eferred to:</source>
        <translation>Verwe&amp;zen naar:</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwezen naar</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Wegwijzer</translation>
    </message>
    <message>
        <source>Referral guide</source>
        <translation>Wegwijzer</translation>
    </message>
    <message>
        <source>Referral guide for the chosen body</source>
        <translation>Wegwijzer voor de gekozen instantie</translation>
    </message>
    <message>
        <source>Edit the guide…</source>
        <translation>Wegwijzer bewerken…</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <source>Call&amp;back wanted</source>
        <translation>&amp;Terugbellen gewenst</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Tele&amp;foon of adres:</translation>
    </message>
    <message>
        <source>Phone number or address for the callback</source>
        <translation>Telefoonnummer of adres om terug te bellen</translation>
    </message>
    <message>
        <source>Phone number or address; erased when the callback is done</source>
        <translation>Telefoonnummer of adres; wordt gewist zodra er is teruggebeld</translation>
    </message>
    <message>
        <source>Due &amp;on:</source>
        <translation>&amp;Uiterlijk op:</translation>
    </message>
    <message>
        <source>Callback due date</source>
        <translation>Uiterste datum om terug te bellen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Log a silent call</source>
        <translation>Een stille oproep vastleggen</translation>
    </message>
    <message>
        <source>Log a call where the caller hung up</source>
        <translation>Een oproep vastleggen waarbij de beller ophing</translation>
    </message>
    <message>
        <source>Log an abusive call</source>
        <translation>Een oproep met een scheldende beller vastleggen</translation>
    </message>
    <message>
        <source>Log a test call</source>
        <translation>Een testoproep vastleggen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>&amp;Make this a case</source>
        <translation>Casus &amp;maken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>When the call, chat or visit began.</source>
        <translation>Wanneer het gesprek, de chat of het bezoek begon.</translation>
    </message>
    <message>
        <source>How long the consultation took; the timer beside it can fill this in.</source>
        <translation>Hoe lang het consult duurde; de timer ernaast kan dit invullen.</translation>
    </message>
    <message>
        <source>The colleague who took this consultation.</source>
        <translation>De collega die dit consult heeft gevoerd.</translation>
    </message>
    <message>
        <source>How the caller reached the doubt line, such as by phone, chat or walk-in.</source>
        <translation>Hoe de beller de twijfellijn bereikte, bijvoorbeeld telefonisch, via de chat of door binnen te lopen.</translation>
    </message>
    <message>
        <source>The caller&apos;s position, such as affected employee, bystander or manager.</source>
        <translation>De rol van de beller, zoals betrokken medewerker, omstander of leidinggevende.</translation>
    </message>
    <message>
        <source>The department or district it is about, only if the caller mentions it.</source>
        <translation>De directie, afdeling of het stadsdeel waar het over gaat, alleen als de beller dat noemt.</translation>
    </message>
    <message>
        <source>Tick every ground the question touches on; Space ticks or clears the selected one.</source>
        <translation>Vink elke grond aan die in de vraag meespeelt; de spatiebalk zet het vinkje bij de geselecteerde aan of uit.</translation>
    </message>
    <message>
        <source>Tick every form of behaviour the caller describes; Space ticks or clears the selected one.</source>
        <translation>Vink elke gedragsvorm aan die de beller beschrijft; de spatiebalk zet het vinkje bij de geselecteerde aan of uit.</translation>
    </message>
    <message>
        <source>In your judgement it was discrimination.</source>
        <translation>Volgens uw inschatting was het discriminatie.</translation>
    </message>
    <message>
        <source>In your judgement it may have been discrimination.</source>
        <translation>Volgens uw inschatting was het mogelijk discriminatie.</translation>
    </message>
    <message>
        <source>In your judgement it was not discrimination, though it may be undesirable behaviour.</source>
        <translation>Volgens uw inschatting was het geen discriminatie, al kan het wel ongewenst gedrag zijn.</translation>
    </message>
    <message>
        <source>Too little is known to judge whether it was discrimination.</source>
        <translation>Er is te weinig bekend om te beoordelen of het discriminatie was.</translation>
    </message>
    <message>
        <source>You listened and explained, without a specific advice or a referral.</source>
        <translation>U hebt geluisterd en uitleg gegeven, zonder een bepaald advies of een verwijzing.</translation>
    </message>
    <message>
        <source>You gave the advice chosen beside it.</source>
        <translation>U hebt het advies ernaast gegeven.</translation>
    </message>
    <message>
        <source>The advice you gave, such as writing down what happened; choosing one also selects Advice.</source>
        <translation>Het advies dat u gaf, zoals opschrijven wat er gebeurde; een keuze hier selecteert ook Advies.</translation>
    </message>
    <message>
        <source>You referred the caller to the body chosen beside it.</source>
        <translation>U hebt de beller verwezen naar de instantie ernaast.</translation>
    </message>
    <message>
        <source>The body you referred the caller to; the referral guide below shows what to tell them.</source>
        <translation>De instantie waarnaar u de beller verwees; de wegwijzer eronder toont wat u de beller kunt vertellen.</translation>
    </message>
    <message>
        <source>Changes what the referral guide says about each body, in Dutch and English.</source>
        <translation>Wijzigt wat de wegwijzer over elke instantie zegt, in het Nederlands en het Engels.</translation>
    </message>
    <message>
        <source>Tick when the caller wants to be called back; their contact detail is erased once that is done.</source>
        <translation>Vink aan als de beller teruggebeld wil worden; het contactgegeven wordt gewist zodra dat is gebeurd.</translation>
    </message>
    <message>
        <source>The date by which to call back; until then the callback stays in the open callbacks.</source>
        <translation>De datum waarop uiterlijk moet worden teruggebeld; tot dan staat het verzoek bij de openstaande terugbelverzoeken.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Datum en tijd van het contact</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>When you were in contact with the reporter or someone else about the case.</source>
        <translation>Wanneer u contact had met de melder of iemand anders over de casus.</translation>
    </message>
    <message>
        <source>How the contact took place, such as by phone or in person.</source>
        <translation>Hoe het contact plaatsvond, bijvoorbeeld telefonisch of in een persoonlijk gesprek.</translation>
    </message>
    <message>
        <source>How long the contact took; the minutes stay in the figures even after the case is destroyed.</source>
        <translation>Hoe lang het contact duurde; de minuten blijven in de cijfers, ook nadat de casus is vernietigd.</translation>
    </message>
    <message>
        <source>What was discussed and agreed; earlier versions are kept when you change it.</source>
        <translation>Wat er is besproken en afgesproken; bij een wijziging blijven eerdere versies bewaard.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>e.g. Racism at work</source>
        <translation>bijvoorbeeld Racisme op het werk</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>What the group is for and who it is for. It may go into the calendar file, so no names.</source>
        <translation>Waarvoor en voor wie de groep bedoeld is. Dit kan in het agendabestand komen te staan, dus geen namen.</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Begeleiders:</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> plaatsen</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>A room or an address</source>
        <translation>Een ruimte of een adres</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>O&amp;nlinelink:</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Onlinelink</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>F&amp;irst session:</source>
        <translation>&amp;Eerste bijeenkomst:</translation>
    </message>
    <message>
        <source>Date and time of the first session</source>
        <translation>Datum en tijd van de eerste bijeenkomst</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Herhaling:</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Eindigt:</translation>
    </message>
    <message>
        <source>after a &amp;number of sessions</source>
        <translation>na een aantal bijeenkom&amp;sten</translation>
    </message>
    <message>
        <source>on a la&amp;st day</source>
        <translation>op een laatste &amp;dag</translation>
    </message>
    <message>
        <source>Number of sessi&amp;ons:</source>
        <translation>Aantal bijeen&amp;komsten:</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Aantal bijeenkomsten</translation>
    </message>
    <message>
        <source>Last da&amp;y:</source>
        <translation>Laatste da&amp;g:</translation>
    </message>
    <message>
        <source>Last day a session may fall on</source>
        <translation>Laatste dag waarop een bijeenkomst mag vallen</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Tasks for the facilitator. 0 switches a rule off.</source>
        <translation>Taken voor de begeleider. Met 0 zet u een regel uit.</translation>
    </message>
    <message>
        <source>Task after &amp;missing:</source>
        <translation>Taak als iemand &amp;mist:</translation>
    </message>
    <message>
        <source>Task after missing this many sessions in a row</source>
        <translation>Taak als iemand zoveel bijeenkomsten achter elkaar mist</translation>
    </message>
    <message>
        <source> sessions in a row</source>
        <translation> bijeenkomsten op rij</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>Chec&amp;k-in after the end:</source>
        <translation>Nazorgcontact na a&amp;floop:</translation>
    </message>
    <message>
        <source>Check-in this many days after the last session</source>
        <translation>Nazorgcontact zoveel dagen na de laatste bijeenkomst</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>S&amp;essions:</source>
        <translation>B&amp;ijeenkomsten:</translation>
    </message>
    <message>
        <source>Session dates of the series</source>
        <translation>Data van de bijeenkomsten in de reeks</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>&amp;Capaciteit:</translation>
    </message>
    <message>
        <source>The subject of the group, shown in the group list and in the calendar file.</source>
        <translation>Het onderwerp van de groep, zichtbaar in de groepenlijst en in het agendabestand.</translation>
    </message>
    <message>
        <source>What the group is for and who may join; it may go into the calendar file, so write no names.</source>
        <translation>Waar de groep voor is en wie kan meedoen; dit kan in het agendabestand komen, dus noem geen namen.</translation>
    </message>
    <message>
        <source>Tick the colleagues who lead this group; Space ticks or clears the selected one.</source>
        <translation>Vink de collega&apos;s aan die deze groep begeleiden; de spatiebalk zet het vinkje bij de geselecteerde aan of uit.</translation>
    </message>
    <message>
        <source>How many members the group takes; anyone after that goes on the waiting list.</source>
        <translation>Hoeveel deelnemers de groep toelaat; wie daarna komt, gaat op de wachtlijst.</translation>
    </message>
    <message>
        <source>The web address of the online meeting, if the group also meets online.</source>
        <translation>Het webadres van de onlinebijeenkomst, als de groep ook online bijeenkomt.</translation>
    </message>
    <message>
        <source>The day and start time of the first session; the others follow the pattern below.</source>
        <translation>De dag en begintijd van de eerste bijeenkomst; de andere volgen het patroon hieronder.</translation>
    </message>
    <message>
        <source>How long each session lasts, in minutes.</source>
        <translation>Hoe lang elke bijeenkomst duurt, in minuten.</translation>
    </message>
    <message>
        <source>How often the group meets, such as every week or every month on the first Wednesday.</source>
        <translation>Hoe vaak de groep bijeenkomt, bijvoorbeeld elke week of elke maand op de eerste woensdag.</translation>
    </message>
    <message>
        <source>The series ends after the number of sessions set below.</source>
        <translation>De reeks stopt na het aantal bijeenkomsten hieronder.</translation>
    </message>
    <message>
        <source>The series ends on the last day set below.</source>
        <translation>De reeks stopt op de laatste dag hieronder.</translation>
    </message>
    <message>
        <source>How many sessions the series has.</source>
        <translation>Hoeveel bijeenkomsten de reeks telt.</translation>
    </message>
    <message>
        <source>No session is planned after this day.</source>
        <translation>Na deze dag wordt er geen bijeenkomst gepland.</translation>
    </message>
    <message>
        <source>A task to contact a member who missed this many sessions in a row; 0 switches it off.</source>
        <translation>Een taak om contact op te nemen met een deelnemer die zoveel bijeenkomsten op rij miste; 0 zet dit uit.</translation>
    </message>
    <message>
        <source>A task to ask the members how they are, this many days after the last session; 0 switches it off.</source>
        <translation>Een taak om zoveel dagen na de laatste bijeenkomst bij de deelnemers na te vragen hoe het gaat; 0 zet dit uit.</translation>
    </message>
    <message>
        <source>The dates of every session in the series, as the settings above make them.</source>
        <translation>De data van alle bijeenkomsten in de reeks, zoals de instellingen hierboven ze opleveren.</translation>
    </message>
</context>
<context>
    <name>HoursExportDialog</name>
    <message>
        <source>Export hours</source>
        <translation>Uren exporteren</translation>
    </message>
    <message>
        <source>The hours of one client organisation in one month, for invoicing: case numbers and hours only. No names, no text, no dates finer than the month.</source>
        <translation>De uren van één opdrachtgever in één maand, voor de facturering: alleen casusnummers en uren. Geen namen, geen tekst en geen datums die preciezer zijn dan de maand.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Client organisation:</source>
        <translation>&amp;Opdrachtgever:</translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The month whose hours are exported.</source>
        <translation>De maand waarvan de uren worden geëxporteerd.</translation>
    </message>
    <message>
        <source>The organisation to invoice; only its cases are counted.</source>
        <translation>De organisatie die u factureert; alleen haar casussen tellen mee.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;Terug naar casussen</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left); the draft is kept</source>
        <translation>Terug naar het overzicht (Alt+Pijl-links); het concept blijft bewaard</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nieuwe intake</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Intake &amp;date:</source>
        <translation>Intake&amp;datum:</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intakedatum</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The reporter is a b&amp;ystander (omstander)</source>
        <translation>De melder is een om&amp;stander</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Reporter is:</source>
        <translation>Melder is:</translation>
    </message>
    <message>
        <source>A&amp;nonymous</source>
        <translation>A&amp;noniem</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudoniem</translation>
    </message>
    <message>
        <source>Na&amp;med</source>
        <translation>&amp;Met naam</translation>
    </message>
    <message>
        <source>Pse&amp;udonym:</source>
        <translation>&amp;Pseudoniem:</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>A name that does not identify the reporter</source>
        <translation>Een naam waaraan de melder niet te herkennen is</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <source>Reporter name</source>
        <translation>Naam van de melder</translation>
    </message>
    <message>
        <source>Contact &amp;details:</source>
        <translation>&amp;Contactgegevens:</translation>
    </message>
    <message>
        <source>Reporter contact details</source>
        <translation>Contactgegevens van de melder</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Telefoon of e-mail</translation>
    </message>
    <message>
        <source>Reporter &amp;role:</source>
        <translation>&amp;Rol van de melder:</translation>
    </message>
    <message>
        <source>Reporter role</source>
        <translation>Rol van de melder</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Organ&amp;isatieonderdeel:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <source>Client or&amp;ganisation:</source>
        <translation>Opdrach&amp;tgever:</translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Beschuldigde</translation>
    </message>
    <message>
        <source>Role of the &amp;accused:</source>
        <translation>Rol van de besch&amp;uldigde:</translation>
    </message>
    <message>
        <source>Role of the accused</source>
        <translation>Rol van de beschuldigde</translation>
    </message>
    <message>
        <source>Name (optional):</source>
        <translation>Naam (optioneel):</translation>
    </message>
    <message>
        <source>Name of the accused</source>
        <translation>Naam van de beschuldigde</translation>
    </message>
    <message>
        <source>Consent of the reporter</source>
        <translation>Toestemming van de melder</translation>
    </message>
    <message>
        <source>May be &amp;contacted</source>
        <translation>Mag ben&amp;aderd worden</translation>
    </message>
    <message>
        <source>Consent: may be contacted</source>
        <translation>Toestemming: mag benaderd worden</translation>
    </message>
    <message>
        <source>Date of consent to be contacted</source>
        <translation>Datum van de toestemming om benaderd te worden</translation>
    </message>
    <message>
        <source>May be &amp;shared</source>
        <translation>Mag gedee&amp;ld worden</translation>
    </message>
    <message>
        <source>Consent: may be shared</source>
        <translation>Toestemming: mag gedeeld worden</translation>
    </message>
    <message>
        <source>Date of consent to share</source>
        <translation>Datum van de toestemming om te delen</translation>
    </message>
    <message>
        <source>Share wit&amp;h:</source>
        <translation>De&amp;len met:</translation>
    </message>
    <message>
        <source>Body to share with</source>
        <translation>Instantie waarmee gedeeld mag worden</translation>
    </message>
    <message>
        <source>May be b&amp;undled with other signals</source>
        <translation>Mag gebundeld worden met soortgeli&amp;jke signalen</translation>
    </message>
    <message>
        <source>Consent: may be bundled</source>
        <translation>Toestemming: mag gebundeld worden</translation>
    </message>
    <message>
        <source>Date of consent to bundle</source>
        <translation>Datum van de toestemming om te bundelen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Incident date:</source>
        <translation>Datum voorval:</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Op</translation>
    </message>
    <message>
        <source>Incident date known</source>
        <translation>Datum voorval bekend</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Datum voorval</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>t&amp;ot en met</translation>
    </message>
    <message>
        <source>Incident lasted until</source>
        <translation>Voorval duurde tot en met</translation>
    </message>
    <message>
        <source>Incident until</source>
        <translation>Voorval tot en met</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequentie:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Wat er is gebeurd:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>Ge&amp;volgen:</translation>
    </message>
    <message>
        <source>Impact on the reporter</source>
        <translation>Gevolgen voor de melder</translation>
    </message>
    <message>
        <source>Desired outcom&amp;e:</source>
        <translation>G&amp;ewenste uitkomst:</translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation>Gewenste uitkomst</translation>
    </message>
    <message>
        <source>Grounds and forms</source>
        <translation>Gronden en gedragsvormen</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>Discriminatie&amp;gronden:</translation>
    </message>
    <message>
        <source>Grounds of discrimination</source>
        <translation>Discriminatiegronden</translation>
    </message>
    <message>
        <source>Forms of &amp;behaviour:</source>
        <translation>&amp;Gedragsvormen:</translation>
    </message>
    <message>
        <source>Forms of undesirable behaviour</source>
        <translation>Vormen van ongewenst gedrag</translation>
    </message>
    <message>
        <source>Plan a follo&amp;w-up:</source>
        <translation>Op&amp;volgactie plannen:</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Opvolgactie plannen</translation>
    </message>
    <message>
        <source>Follow-up description</source>
        <translation>Omschrijving van de opvolgactie</translation>
    </message>
    <message>
        <source>d&amp;ue</source>
        <translation>&amp;uiterlijk</translation>
    </message>
    <message>
        <source>Follow-up due date</source>
        <translation>Uiterste datum van de opvolgactie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Concept verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wij&amp;zigingen opslaan</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source>The day the report was made to you.</source>
        <translation>De dag waarop de melding bij u werd gedaan.</translation>
    </message>
    <message>
        <source>How the report reached you, such as by phone, e-mail or in person.</source>
        <translation>Hoe de melding u bereikte, bijvoorbeeld telefonisch, per e-mail of in een persoonlijk gesprek.</translation>
    </message>
    <message>
        <source>What kind of case this is: a question, a signal, an integrity report or a complaint.</source>
        <translation>Wat voor casus dit is: een vraag, een signaal, een integriteitsmelding of een klacht.</translation>
    </message>
    <message>
        <source>Tick when the reporter saw it happen to someone else.</source>
        <translation>Vink aan als de melder zag dat het iemand anders overkwam.</translation>
    </message>
    <message>
        <source>Keeps no name, pseudonym or contact details of the reporter.</source>
        <translation>Bewaart geen naam, pseudoniem of contactgegevens van de melder.</translation>
    </message>
    <message>
        <source>Keeps a made-up name and contact details, but not the reporter&apos;s real name.</source>
        <translation>Bewaart een verzonnen naam en contactgegevens, maar niet de echte naam van de melder.</translation>
    </message>
    <message>
        <source>Also keeps the reporter&apos;s real name; choose this only when it is needed.</source>
        <translation>Bewaart ook de echte naam van de melder; kies dit alleen als dat nodig is.</translation>
    </message>
    <message>
        <source>A name that does not identify the reporter; shown in the case list instead of a real name.</source>
        <translation>Een naam waaraan de melder niet te herkennen is; staat in de casuslijst in plaats van een echte naam.</translation>
    </message>
    <message>
        <source>The reporter&apos;s real name; kept only when Named is chosen.</source>
        <translation>De echte naam van de melder; wordt alleen bewaard als Met naam is gekozen.</translation>
    </message>
    <message>
        <source>The reporter&apos;s position, such as affected employee, manager or former employee.</source>
        <translation>De rol van de melder, zoals betrokken medewerker, leidinggevende of oud-medewerker.</translation>
    </message>
    <message>
        <source>The department or district the report is about; counted in the anonymised figures.</source>
        <translation>De directie, afdeling of het stadsdeel waar de melding over gaat; telt mee in de geanonimiseerde cijfers.</translation>
    </message>
    <message>
        <source>The organisation that hired you for this case; hours are exported per client.</source>
        <translation>De organisatie die u voor deze casus inhuurt; uren worden per opdrachtgever geëxporteerd.</translation>
    </message>
    <message>
        <source>The position of the person the report is about, such as manager or colleague.</source>
        <translation>De rol van de persoon over wie de melding gaat, zoals leidinggevende of collega.</translation>
    </message>
    <message>
        <source>The name of the person the report is about; fill it in only when it is needed.</source>
        <translation>De naam van de persoon over wie de melding gaat; vul die alleen in als het nodig is.</translation>
    </message>
    <message>
        <source>The reporter agrees to be contacted about the case.</source>
        <translation>De melder geeft toestemming om over de casus benaderd te worden.</translation>
    </message>
    <message>
        <source>The day the reporter gave this consent.</source>
        <translation>De dag waarop de melder deze toestemming gaf.</translation>
    </message>
    <message>
        <source>The reporter agrees that the case is shared with the body chosen under Share with.</source>
        <translation>De melder geeft toestemming om de casus te delen met de instantie bij Delen met.</translation>
    </message>
    <message>
        <source>The body the reporter allows the case to be shared with, such as HR or the integrity office.</source>
        <translation>De instantie waarmee de casus gedeeld mag worden, zoals P&amp;O of Bureau Integriteit.</translation>
    </message>
    <message>
        <source>The reporter agrees that this signal is combined with others about the same unit or person.</source>
        <translation>De melder geeft toestemming om dit signaal te bundelen met andere over hetzelfde organisatieonderdeel of dezelfde persoon.</translation>
    </message>
    <message>
        <source>Tick when the date of the incident is known, then fill it in.</source>
        <translation>Vink aan als de datum van het voorval bekend is, en vul die dan in.</translation>
    </message>
    <message>
        <source>The day the incident happened, or its first day.</source>
        <translation>De dag waarop het voorval plaatsvond, of de eerste dag ervan.</translation>
    </message>
    <message>
        <source>Tick when the incident went on for more than one day.</source>
        <translation>Vink aan als het voorval langer dan één dag duurde.</translation>
    </message>
    <message>
        <source>The last day of the incident.</source>
        <translation>De laatste dag van het voorval.</translation>
    </message>
    <message>
        <source>Whether it happened once, several times or is still going on.</source>
        <translation>Of het eenmalig was, meerdere keren gebeurde of nog steeds doorgaat.</translation>
    </message>
    <message>
        <source>The reporter&apos;s account of what happened, in your words; erased when the case is destroyed.</source>
        <translation>Het verhaal van de melder over wat er gebeurde, in uw woorden; wordt gewist als de casus wordt vernietigd.</translation>
    </message>
    <message>
        <source>What it means for the reporter, at work and beyond.</source>
        <translation>Wat het voor de melder betekent, op het werk en daarbuiten.</translation>
    </message>
    <message>
        <source>What the reporter hopes will happen now.</source>
        <translation>Wat de melder hoopt dat er nu gebeurt.</translation>
    </message>
    <message>
        <source>Tick every ground that plays a part; Space ticks or clears the selected one.</source>
        <translation>Vink elke grond aan die een rol speelt; de spatiebalk zet het vinkje bij de geselecteerde aan of uit.</translation>
    </message>
    <message>
        <source>Tick every form of behaviour the report is about; Space ticks or clears the selected one.</source>
        <translation>Vink elke gedragsvorm aan waar de melding over gaat; de spatiebalk zet het vinkje bij de geselecteerde aan of uit.</translation>
    </message>
    <message>
        <source>Adds a follow-up to the case when you register it, such as calling the reporter back.</source>
        <translation>Voegt bij het registreren een opvolgactie aan de casus toe, zoals de melder terugbellen.</translation>
    </message>
    <message>
        <source>What to do, for example: call the reporter back.</source>
        <translation>Wat er moet gebeuren, bijvoorbeeld: de melder terugbellen.</translation>
    </message>
    <message>
        <source>The date by which the follow-up must be done; it shows on the dashboard.</source>
        <translation>De datum waarop de opvolgactie uiterlijk gedaan moet zijn; ze verschijnt op het dashboard.</translation>
    </message>
    <message>
        <source>Removes this draft intake and everything typed in it from the vault.</source>
        <translation>Verwijdert deze conceptintake en alles wat erin is getypt uit de kluis.</translation>
    </message>
    <message>
        <source>Saves the changed intake in the vault.</source>
        <translation>Slaat de gewijzigde intake op in de kluis.</translation>
    </message>
    <message>
        <source>Registers the intake as a case with its own number; until then it stays a draft.</source>
        <translation>Registreert de intake als casus met een eigen nummer; tot dan blijft het een concept.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>A vault is one encrypted file that holds everything you record in Baken. Keep it on this computer, not on a shared or synchronised drive.</source>
        <translation>Een kluis is één versleuteld bestand met alles wat u in Baken vastlegt. Bewaar het op deze computer, niet op een gedeelde of gesynchroniseerde schijf.</translation>
    </message>
    <message>
        <source>&amp;File for the new vault:</source>
        <translation>Be&amp;stand voor de nieuwe kluis:</translation>
    </message>
    <message>
        <source>File for the new vault</source>
        <translation>Bestand voor de nieuwe kluis</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the file for the new vault</source>
        <translation>Kies het bestand voor de nieuwe kluis</translation>
    </message>
    <message>
        <source>The folder and file name of the new vault, ending in .baken.</source>
        <translation>Map en bestandsnaam van de nieuwe kluis, eindigend op .baken.</translation>
    </message>
    <message>
        <source>Opens a file window to pick the folder and the name of the vault.</source>
        <translation>Opent een bestandsvenster om de map en de naam van de kluis te kiezen.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>The passphrase unlocks the vault each time you start work. Nobody can reset it for you, so choose one you will remember and nobody could guess.</source>
        <translation>Met de wachtwoordzin ontgrendelt u de kluis telkens als u aan het werk gaat. Niemand kan hem voor u opnieuw instellen, dus kies er een die u onthoudt en die niemand kan raden.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>S&amp;how the passphrase</source>
        <translation>Wachtwoordzin t&amp;onen</translation>
    </message>
    <message>
        <source>The passphrase that will unlock this vault; the meter below rates how hard it is to guess.</source>
        <translation>De wachtwoordzin waarmee u deze kluis ontgrendelt; de meter eronder toont hoe moeilijk die te raden is.</translation>
    </message>
    <message>
        <source>Type the same passphrase again, to rule out a typing error.</source>
        <translation>Typ dezelfde wachtwoordzin nog eens, om een tikfout uit te sluiten.</translation>
    </message>
    <message>
        <source>Shows the passphrase as plain text instead of dots; make sure nobody is watching.</source>
        <translation>Toont de wachtwoordzin als gewone tekst in plaats van puntjes; let erop dat niemand meekijkt.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>If you ever forget the passphrase, this recovery key opens your backups. Baken shows it only now. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Als u de wachtwoordzin ooit vergeet, opent deze herstelsleutel uw back-ups. Baken toont hem alleen nu. Schrijf hem op of druk hem af, en bewaar hem op een veilige plek, apart van deze computer.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;Print / save as PDF…</source>
        <translation>&amp;Afdrukken / opslaan als PDF…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Ik heb de herstelsleutel &amp;opgeschreven of afgedrukt</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Kluis wordt gemaakt</translation>
    </message>
    <message>
        <source>Prints the recovery key, or saves it as a PDF to print elsewhere.</source>
        <translation>Drukt de herstelsleutel af, of slaat hem op als PDF om elders af te drukken.</translation>
    </message>
    <message>
        <source>Tick this once the key is kept safe; only then can you create the vault.</source>
        <translation>Vink dit aan zodra de sleutel veilig is opgeborgen; pas dan kunt u de kluis maken.</translation>
    </message>
</context>
<context>
    <name>ReferralGuideDialog</name>
    <message>
        <source>Referral guide</source>
        <translation>Wegwijzer</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Instantie:</translation>
    </message>
    <message>
        <source>Referral bodies</source>
        <translation>Verwijsinstanties</translation>
    </message>
    <message>
        <source>&amp;Nederlands</source>
        <translation>&amp;Nederlands</translation>
    </message>
    <message>
        <source>En&amp;glish</source>
        <translation>En&amp;gels</translation>
    </message>
    <message>
        <source>&amp;What it does:</source>
        <translation>&amp;Wat de instantie doet:</translation>
    </message>
    <message>
        <source>What it does (Dutch)</source>
        <translation>Wat de instantie doet (Nederlands)</translation>
    </message>
    <message>
        <source>What it does (English)</source>
        <translation>Wat de instantie doet (Engels)</translation>
    </message>
    <message>
        <source>W&amp;hen to go there:</source>
        <translation>Wanneer iemand er t&amp;erechtkan:</translation>
    </message>
    <message>
        <source>When to go there (Dutch)</source>
        <translation>Wanneer iemand er terechtkan (Nederlands)</translation>
    </message>
    <message>
        <source>When to go there (English)</source>
        <translation>Wanneer iemand er terechtkan (Engels)</translation>
    </message>
    <message>
        <source>What happens ne&amp;xt:</source>
        <translation>Wat er &amp;daarna gebeurt:</translation>
    </message>
    <message>
        <source>What happens next (Dutch)</source>
        <translation>Wat er daarna gebeurt (Nederlands)</translation>
    </message>
    <message>
        <source>What happens next (English)</source>
        <translation>Wat er daarna gebeurt (Engels)</translation>
    </message>
    <message>
        <source>&amp;Anonymous reports:</source>
        <translation>&amp;Anonieme meldingen:</translation>
    </message>
    <message>
        <source>Accepts anonymous reports</source>
        <translation>Neemt anonieme meldingen aan</translation>
    </message>
    <message>
        <source>N&amp;ote on anonymity:</source>
        <translation>&amp;Toelichting op anonimiteit:</translation>
    </message>
    <message>
        <source>Note on anonymity (Dutch)</source>
        <translation>Toelichting op anonimiteit (Nederlands)</translation>
    </message>
    <message>
        <source>Note on anonymity (English)</source>
        <translation>Toelichting op anonimiteit (Engels)</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>The body&apos;s contact details</source>
        <translation>Contactgegevens van de instantie</translation>
    </message>
    <message>
        <source>The body&apos;s phone number, website or address; never a person&apos;s</source>
        <translation>Telefoonnummer, website of adres van de instantie; nooit dat van een persoon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>What every colleague tells a caller about each body: what it does, when to go there, what happens next and whether it can act on an anonymous report. Write it in both languages; the consultation form shows the language Baken is set to.</source>
        <translation>Wat elke collega een beller over iedere instantie vertelt: wat de instantie doet, wanneer iemand er terechtkan, wat er daarna gebeurt en of de instantie iets kan doen met een anonieme melding. Vul beide talen in; het consultformulier toont de taal waarop Baken is ingesteld.</translation>
    </message>
    <message>
        <source>The referral bodies; choose one to edit what colleagues tell callers about it.</source>
        <translation>De verwijsinstanties; kies er een om te bewerken wat collega&apos;s bellers erover vertellen.</translation>
    </message>
    <message>
        <source>In Dutch: what this body does, in words a caller understands.</source>
        <translation>In het Nederlands: wat deze instantie doet, in woorden die een beller begrijpt.</translation>
    </message>
    <message>
        <source>In English: what this body does, in words a caller understands.</source>
        <translation>In het Engels: wat deze instantie doet, in woorden die een beller begrijpt.</translation>
    </message>
    <message>
        <source>In Dutch: with which situations a caller can turn to this body.</source>
        <translation>In het Nederlands: met welke situaties een beller bij deze instantie terechtkan.</translation>
    </message>
    <message>
        <source>In English: with which situations a caller can turn to this body.</source>
        <translation>In het Engels: met welke situaties een beller bij deze instantie terechtkan.</translation>
    </message>
    <message>
        <source>In Dutch: what happens after a caller contacts this body.</source>
        <translation>In het Nederlands: wat er gebeurt nadat een beller contact opneemt met deze instantie.</translation>
    </message>
    <message>
        <source>In English: what happens after a caller contacts this body.</source>
        <translation>In het Engels: wat er gebeurt nadat een beller contact opneemt met deze instantie.</translation>
    </message>
    <message>
        <source>Whether this body can act on a report from someone who stays anonymous.</source>
        <translation>Of deze instantie iets kan doen met een melding van iemand die anoniem blijft.</translation>
    </message>
    <message>
        <source>In Dutch: what a caller should know about staying anonymous with this body.</source>
        <translation>In het Nederlands: wat een beller moet weten over anoniem blijven bij deze instantie.</translation>
    </message>
    <message>
        <source>In English: what a caller should know about staying anonymous with this body.</source>
        <translation>In het Engels: wat een beller moet weten over anoniem blijven bij deze instantie.</translation>
    </message>
    <message>
        <source>Saves the guide for this body; choosing another body saves it too.</source>
        <translation>Slaat de wegwijzer voor deze instantie op; een andere instantie kiezen slaat hem ook op.</translation>
    </message>
    <message>
        <source>Saves the changes and closes the referral guide.</source>
        <translation>Slaat de wijzigingen op en sluit de wegwijzer.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Minutes without input before the vault locks</source>
        <translation>Minuten zonder invoer voordat de kluis wordt vergrendeld</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Wachtwoordzin &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language of Baken</source>
        <translation>Taal van Baken</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Codelijsten</translation>
    </message>
    <message>
        <source>The choices offered in cases, consultations and reports. Retire an item to stop offering it; records that use it keep it.</source>
        <translation>De keuzes die Baken aanbiedt bij casussen, consulten en rapportages. Stel een item buiten gebruik om het niet meer aan te bieden; gegevens waarin het al voorkomt, behouden het.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Deze kluis</translation>
    </message>
    <message>
        <source>&amp;Retention period:</source>
        <translation>&amp;Bewaartermijn:</translation>
    </message>
    <message>
        <source>Months after closing before a case file is destroyed</source>
        <translation>Maanden na afsluiting voordat een casusdossier wordt vernietigd</translation>
    </message>
    <message>
        <source>Kept in this vault, for every advisor who opens it. Applies to cases closed from now on; cases already closed keep their destruction date.</source>
        <translation>Opgeslagen in deze kluis, voor iedere vertrouwenspersoon die haar opent. Geldt voor casussen die vanaf nu worden afgesloten; al afgesloten casussen behouden hun vernietigingsdatum.</translation>
    </message>
    <message>
        <source>Retention period message</source>
        <translation>Melding over de bewaartermijn</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Twijfellijn</translation>
    </message>
    <message>
        <source>Loc&amp;k after inactivity:</source>
        <translation>Vergrendelen na &amp;inactiviteit:</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Samengevoegde rapportage</translation>
    </message>
    <message>
        <source>Lock &amp;when the window is minimised</source>
        <translation>Vergrendelen &amp;als het venster wordt geminimaliseerd</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Auditlog:</translation>
    </message>
    <message>
        <source>Check the audit log…</source>
        <translation>Auditlog controleren…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>After this many minutes without mouse or keyboard use, Baken locks the vault.</source>
        <translation>Na zoveel minuten zonder gebruik van muis of toetsenbord vergrendelt Baken de kluis.</translation>
    </message>
    <message>
        <source>Sets a new passphrase for this vault; you need the current one for it.</source>
        <translation>Stelt een nieuwe wachtwoordzin in voor deze kluis; daarvoor is de huidige nodig.</translation>
    </message>
    <message>
        <source>Locks the vault as soon as the Baken window is minimised.</source>
        <translation>Vergrendelt de kluis zodra het venster van Baken wordt geminimaliseerd.</translation>
    </message>
    <message>
        <source>Shows the audit log of what was done in this vault and checks that nobody changed it.</source>
        <translation>Toont het auditlog van wat er in deze kluis is gedaan en controleert of niemand het heeft gewijzigd.</translation>
    </message>
    <message>
        <source>The language of the screens, menus and messages of Baken.</source>
        <translation>De taal van de schermen, menu&apos;s en berichten van Baken.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Baken</source>
        <translation>Welkom bij Baken</translation>
    </message>
    <message>
        <source>Baken helps confidential advisors and doubt-line colleagues keep track of reports of discrimination and undesirable behaviour at work. Everything stays in one encrypted vault file on this computer, and only anonymised figures ever leave it.</source>
        <translation>Baken helpt vertrouwenspersonen en collega&apos;s van de twijfellijn om meldingen van discriminatie en ongewenst gedrag op het werk bij te houden. Alles blijft in één versleuteld kluisbestand op deze computer; alleen geanonimiseerde cijfers gaan ooit naar buiten.</translation>
    </message>
    <message>
        <source>&amp;Recent vaults:</source>
        <translation>&amp;Recente kluizen:</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Recente kluizen</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>&amp;Geselecteerde openen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Create new vault…</source>
        <translation>&amp;Nieuwe kluis maken…</translation>
    </message>
    <message>
        <source>Open &amp;demo vault</source>
        <translation>&amp;Demokluis openen</translation>
    </message>
    <message>
        <source>The demo vault holds made-up data and a published passphrase: try Baken there, never record real cases in it.</source>
        <translation>De demokluis bevat verzonnen gegevens en een gepubliceerde wachtwoordzin: probeer Baken daarin uit, maar leg er nooit echte casussen in vast.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? &amp;Restore from a backup…</source>
        <translation>Wachtwoordzin vergeten? Een back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>A &amp;short tour of Baken…</source>
        <translation>Een &amp;korte rondleiding door Baken…</translation>
    </message>
    <message>
        <source>Vaults opened on this computer before; press Enter to open the selected one.</source>
        <translation>Kluizen die eerder op deze computer zijn geopend; druk op Enter om de geselecteerde te openen.</translation>
    </message>
    <message>
        <source>Opens the vault selected in the list of recent vaults.</source>
        <translation>Opent de kluis die in de lijst met recente kluizen is geselecteerd.</translation>
    </message>
    <message>
        <source>Lets you choose a vault file (.baken) on this computer and opens it.</source>
        <translation>Laat u een kluisbestand (.baken) op deze computer kiezen en opent het.</translation>
    </message>
    <message>
        <source>Makes a new, empty encrypted vault with its own passphrase and recovery key.</source>
        <translation>Maakt een nieuwe, lege versleutelde kluis met een eigen wachtwoordzin en herstelsleutel.</translation>
    </message>
    <message>
        <source>Opens a vault with made-up cases to try Baken in; its passphrase is public.</source>
        <translation>Opent een kluis met verzonnen casussen om Baken in uit te proberen; de wachtwoordzin is openbaar.</translation>
    </message>
    <message>
        <source>Opens the user guide at a short tour of the screens of Baken.</source>
        <translation>Opent de handleiding bij een korte rondleiding langs de schermen van Baken.</translation>
    </message>
    <message>
        <source>Makes a new vault from a backup with the recovery key, and gives it a new passphrase.</source>
        <translation>Maakt met de herstelsleutel een nieuwe kluis van een back-up, met een nieuwe wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Unlocking the vault</source>
        <translation>Kluis wordt ontgrendeld</translation>
    </message>
    <message>
        <source>Forgot your passphrase? &amp;Restore from a backup…</source>
        <translation>Wachtwoordzin vergeten? Een back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>The passphrase chosen when this vault was made; after several wrong tries Baken makes you wait.</source>
        <translation>De wachtwoordzin die bij het maken van deze kluis is gekozen; na enkele foute pogingen laat Baken u wachten.</translation>
    </message>
    <message>
        <source>Makes a new vault from a backup with the recovery key, and gives it a new passphrase.</source>
        <translation>Maakt met de herstelsleutel een nieuwe kluis van een back-up, met een nieuwe wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>baken::Backup</name>
    <message>
        <source>The backup folder %1 is not there. Connect the USB stick or network drive, or choose another folder in Settings.</source>
        <translation>De back-upmap %1 is niet beschikbaar. Sluit de USB-stick aan of maak verbinding met de netwerkmap, of kies bij Instellingen een andere map.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose a folder for backups in Settings.</source>
        <translation>%1 is geen map. Kies bij Instellingen een map voor de back-ups.</translation>
    </message>
    <message>
        <source>The backup could not be written in %1. The disk may be full, or the folder may not accept files. Your vault and your earlier backups are unchanged.</source>
        <translation>De back-up kon niet worden opgeslagen in %1. Misschien is de schijf vol, of staat de map geen nieuwe bestanden toe. De kluis en de eerdere back-ups zijn niet gewijzigd.</translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2 Your vault and your earlier backups are unchanged.</source>
        <translation>De back-up kon niet worden opgeslagen in %1: %2 De kluis en de eerdere back-ups zijn niet gewijzigd.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Baken backup.</source>
        <translation>%1 is een map, geen back-up van Baken.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Baken backup.</source>
        <translation>%1 is leeg: het is geen back-up van Baken.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation>%1 kan niet worden gelezen. Controleer de bestandsrechten.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted database, not a Baken backup. Baken only opens backups it made.</source>
        <translation>%1 is een onversleutelde database, geen back-up van Baken. Baken opent alleen back-ups die het zelf heeft gemaakt.</translation>
    </message>
    <message>
        <source>%1 is a Baken vault, not a backup: it opens with its own passphrase.</source>
        <translation>%1 is een Baken-kluis, geen back-up: die opent met een eigen wachtwoordzin.</translation>
    </message>
    <message>
        <source>%1 is not a Baken backup.</source>
        <translation>%1 is geen back-up van Baken.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Baken. Install that version to restore it.</source>
        <translation>%1 is gemaakt met een nieuwere versie van Baken. Installeer die versie om de back-up terug te zetten.</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged: it cannot be restored. Try an older backup.</source>
        <translation>%1 is onvolledig of beschadigd en kan niet worden teruggezet. Probeer een oudere back-up.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>Bewaar minimaal %1 en maximaal %2 back-ups.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups first.</source>
        <translation>Kies eerst een map voor de back-ups.</translation>
    </message>
    <message>
        <source>The recovery key of this vault is incomplete.</source>
        <translation>De herstelsleutel van deze kluis is onvolledig.</translation>
    </message>
    <message>
        <source>The backup key could not be made.</source>
        <translation>De sleutel voor de back-up kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The copy does not hold the same records as the vault.</source>
        <translation>De kopie bevat niet dezelfde gegevens als de kluis.</translation>
    </message>
    <message>
        <source>The integrity check of the copy failed.</source>
        <translation>De integriteitscontrole van de kopie is mislukt.</translation>
    </message>
    <message>
        <source>Choose where to save the restored vault.</source>
        <translation>Kies waar de teruggezette kluis moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The restored vault needs a name of its own; it cannot replace the backup.</source>
        <translation>Geef de teruggezette kluis een eigen naam; die kan de back-up niet vervangen.</translation>
    </message>
    <message>
        <source>The folder for the restored vault does not exist.</source>
        <translation>De map voor de teruggezette kluis bestaat niet.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Er bestaat al een bestand met die naam. Kies een andere naam.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is een map.</translation>
    </message>
    <message>
        <source>The vault at that place is open or was not closed properly. Close it, or choose another name.</source>
        <translation>De kluis op die plek is geopend of is niet goed afgesloten. Sluit die kluis, of kies een andere naam.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored. Try an older backup.</source>
        <translation>De back-up %1 is beschadigd en kan niet worden teruggezet. Probeer een oudere back-up.</translation>
    </message>
    <message>
        <source>This recovery key does not open the backup. It may belong to another vault: check that the key and the backup are from the same vault.</source>
        <translation>Deze herstelsleutel opent de back-up niet. Misschien hoort de sleutel bij een andere kluis: controleer of de sleutel en de back-up van dezelfde kluis zijn.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Baken. Install that version to restore it.</source>
        <translation>Deze back-up is gemaakt met een nieuwere versie van Baken. Installeer die versie om de back-up terug te zetten.</translation>
    </message>
    <message>
        <source>This file is not a Baken backup.</source>
        <translation>Dit bestand is geen back-up van Baken.</translation>
    </message>
</context>
<context>
    <name>baken::CaseService</name>
    <message>
        <source>Give the intake date.</source>
        <translation>Vul de intakedatum in.</translation>
    </message>
    <message>
        <source>The intake date lies in the future.</source>
        <translation>De intakedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The incident date lies after the intake date.</source>
        <translation>De datum van het incident ligt na de intakedatum.</translation>
    </message>
    <message>
        <source>The end of the incident period lies before its start.</source>
        <translation>Het einde van de periode van het incident ligt vóór het begin.</translation>
    </message>
    <message>
        <source>A text field holds more than %1 characters; shorten it.</source>
        <translation>Een tekstveld bevat meer dan %1 tekens; maak de tekst korter.</translation>
    </message>
    <message>
        <source>may be contacted</source>
        <translation>mag worden benaderd</translation>
    </message>
    <message>
        <source>may be shared</source>
        <translation>mag worden gedeeld</translation>
    </message>
    <message>
        <source>may be bundled</source>
        <translation>mag worden gebundeld</translation>
    </message>
    <message>
        <source>The date of the consent &quot;%1&quot; lies in the future.</source>
        <translation>De datum van de toestemming &quot;%1&quot; ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Give the date on which the reporter consented: &quot;%1&quot;.</source>
        <translation>Vul de datum in waarop de melder toestemming gaf: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the pseudonym, or choose anonymous.</source>
        <translation>Vul het pseudoniem in, of kies anoniem.</translation>
    </message>
    <message>
        <source>Give the reporter&apos;s name, or choose anonymous or a pseudonym.</source>
        <translation>Vul de naam van de melder in, of kies anoniem of een pseudoniem.</translation>
    </message>
    <message>
        <source>An anonymous report keeps no name or contact details. Remove them, or choose &quot;named&quot;.</source>
        <translation>Bij een anonieme melding worden geen naam en contactgegevens bewaard. Verwijder die, of kies &quot;met naam&quot;.</translation>
    </message>
    <message>
        <source>Choose the body the reporter agreed to share the case with.</source>
        <translation>Kies de instantie waarmee de casus volgens de toestemming van de melder gedeeld mag worden.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>reporter role</source>
        <translation>rol van de melder</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>organisatieonderdeel</translation>
    </message>
    <message>
        <source>client organisation</source>
        <translation>opdrachtgever</translation>
    </message>
    <message>
        <source>role of the accused</source>
        <translation>rol van de beschuldigde</translation>
    </message>
    <message>
        <source>share with</source>
        <translation>delen met</translation>
    </message>
    <message>
        <source>grounds</source>
        <translation>discriminatiegronden</translation>
    </message>
    <message>
        <source>forms of behaviour</source>
        <translation>gedragsvormen</translation>
    </message>
    <message>
        <source>Register the intake first; this case is still a draft.</source>
        <translation>Registreer eerst de intake; deze casus is nog een concept.</translation>
    </message>
    <message>
        <source>This case is registered; save changes to it instead.</source>
        <translation>Deze casus is al geregistreerd; sla de wijzigingen op in de casus zelf.</translation>
    </message>
    <message>
        <source>Call the reporter back</source>
        <translation>Melder terugbellen</translation>
    </message>
    <message>
        <source>Give the follow-up a description and a due date.</source>
        <translation>Geef de opvolgactie een omschrijving en een uiterste datum.</translation>
    </message>
    <message>
        <source>This intake was already registered.</source>
        <translation>Deze intake is al geregistreerd.</translation>
    </message>
    <message>
        <source>Acknowledge receipt of the report</source>
        <translation>Ontvangst van de melding bevestigen</translation>
    </message>
    <message>
        <source>Give feedback on the report</source>
        <translation>Terugkoppeling geven over de melding</translation>
    </message>
    <message>
        <source>Close a case with its outcome and measures.</source>
        <translation>Sluit een casus af met de uitkomst en de maatregelen.</translation>
    </message>
    <message>
        <source>A closed case is reopened, not given another status.</source>
        <translation>Een afgesloten casus kunt u alleen heropenen, niet een andere status geven.</translation>
    </message>
    <message>
        <source>A case that was worked on cannot become new again.</source>
        <translation>Een casus waaraan al is gewerkt, kan niet opnieuw de status nieuw krijgen.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Deze casus is al afgesloten.</translation>
    </message>
    <message>
        <source>Choose the outcome before closing the case.</source>
        <translation>Kies de uitkomst voordat u de casus afsluit.</translation>
    </message>
    <message>
        <source>Choose the measures taken before closing the case (&quot;No measure&quot; is a choice too).</source>
        <translation>Kies de genomen maatregelen voordat u de casus afsluit (&quot;Geen maatregel&quot; is ook een keuze).</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>maatregelen</translation>
    </message>
    <message>
        <source>The closing date must lie between the intake date and today.</source>
        <translation>De afsluitdatum moet tussen de intakedatum en vandaag liggen.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Alleen een afgesloten casus kan worden heropend.</translation>
    </message>
    <message>
        <source>Give the date and time of the contact; it cannot lie in the future.</source>
        <translation>Vul de datum en tijd van het contact in; die kunnen niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>A contact lasts between 0 and 1440 minutes.</source>
        <translation>Een contact duurt tussen 0 en 1440 minuten.</translation>
    </message>
    <message>
        <source>Choose the body to refer to.</source>
        <translation>Kies de instantie waarnaar u verwijst.</translation>
    </message>
    <message>
        <source>referral body</source>
        <translation>verwijsinstantie</translation>
    </message>
    <message>
        <source>The referral date must lie between the intake date and today.</source>
        <translation>De datum van de verwijzing moet tussen de intakedatum en vandaag liggen.</translation>
    </message>
    <message>
        <source>Case details may only go to another body with the reporter&apos;s consent. Ask for consent first, or refer without passing on any details.</source>
        <translation>Gegevens uit de casus mogen alleen met toestemming van de melder naar een andere instantie. Vraag eerst toestemming, of verwijs door zonder gegevens door te geven.</translation>
    </message>
    <message>
        <source>Hours are recorded in minutes, between 1 and 1440 a day.</source>
        <translation>Uren worden vastgelegd in minuten, tussen 1 en 1440 per dag.</translation>
    </message>
    <message>
        <source>The date of the hours must lie between the intake date and today.</source>
        <translation>De datum van de uren moet tussen de intakedatum en vandaag liggen.</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activiteit</translation>
    </message>
</context>
<context>
    <name>baken::CaseTypes</name>
    <message>
        <source>Question or advice</source>
        <translation>Vraag of advies</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Report (integrity)</source>
        <translation>Melding (integriteit)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Met naam</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Several times</source>
        <translation>Meerdere keren</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Voortdurend</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <source>Acknowledge receipt</source>
        <translation>Ontvangst bevestigen</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Terugkoppeling geven</translation>
    </message>
</context>
<context>
    <name>baken::Cases</name>
    <message>
        <source>That contact moment no longer exists.</source>
        <translation>Dat contactmoment bestaat niet meer.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Die opvolgactie bestaat niet meer.</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation>Die casus bestaat niet meer.</translation>
    </message>
</context>
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
    <message>
        <source>VAULT</source>
        <translation>KLUIS</translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2</source>
        <translation>Gebruik: %1 [opties] %2</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Latest audit hash: %1</source>
        <translation>Laatste audithash: %1</translation>
    </message>
    <message>
        <source>Write the whole vault to a JSON file, to move it (plaintext)</source>
        <translation>De hele kluis naar een JSON-bestand schrijven om hem over te zetten (onversleuteld)</translation>
    </message>
    <message>
        <source>Add the cases of a JSON export to a vault, all or nothing</source>
        <translation>De casussen uit een JSON-export aan een kluis toevoegen, alles of niets</translation>
    </message>
    <message>
        <source>Register, list, show and close cases (&quot;case --help&quot;)</source>
        <translation>Casussen registreren, opsommen, tonen en afsluiten (&quot;case --help&quot;)</translation>
    </message>
    <message>
        <source>Give exactly these arguments: %1</source>
        <translation>Geef precies deze argumenten: %1</translation>
    </message>
    <message>
        <source>Write the export to FILE (it must not exist yet).</source>
        <translation>De export naar BESTAND schrijven (dat mag nog niet bestaan).</translation>
    </message>
    <message>
        <source>Confirm that you want a plaintext file with personal data.</source>
        <translation>Bevestigen dat u een onversleuteld bestand met persoonsgegevens wilt.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.json.</source>
        <translation>Geef met --out BESTAND.json op naar welk bestand moet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Wrote %1. It holds personal data in plaintext: keep it safe and delete it when it has served its purpose.</source>
        <translation>%1 is geschreven. Het bevat onversleutelde persoonsgegevens: bewaar het veilig en verwijder het zodra het zijn doel heeft gediend.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>BESTAND.json</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s)</source>
        <translation>
            <numerusform>Geïmporteerd: %n casus</numerusform>
            <numerusform>Geïmporteerd: %n casussen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n concept</numerusform>
            <numerusform>%n concepten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s)</source>
        <translation>
            <numerusform>%n contactmoment</numerusform>
            <numerusform>%n contactmomenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n verwijzing</numerusform>
            <numerusform>%n verwijzingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n opvolgactie</numerusform>
            <numerusform>%n opvolgacties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours entry(s)</source>
        <translation>
            <numerusform>%n urenregel</numerusform>
            <numerusform>%n urenregels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new code-list item(s)</source>
        <translation>
            <numerusform>%n nieuw codelijstitem</numerusform>
            <numerusform>%n nieuwe codelijstitems</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a case and print its number</source>
        <translation>Een casus registreren en het casusnummer tonen</translation>
    </message>
    <message>
        <source>List registered cases: number, intake date, type, status</source>
        <translation>Geregistreerde casussen opsommen: nummer, intakedatum, soort, status</translation>
    </message>
    <message>
        <source>Print a case file</source>
        <translation>Een casusdossier tonen</translation>
    </message>
    <message>
        <source>Close a case with its outcome and measures</source>
        <translation>Een casus afsluiten met de uitkomst en de maatregelen</translation>
    </message>
    <message>
        <source>question, signal, report or complaint.</source>
        <translation>question (vraag of advies), signal (signaal), report (melding) of complaint (klacht).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>Short for --type report: a formal integrity report, which gets the statutory acknowledgement and feedback follow-ups.</source>
        <translation>Kort voor --type report: een formele integriteitsmelding, die de wettelijke opvolgacties voor ontvangstbevestiging en terugkoppeling krijgt.</translation>
    </message>
    <message>
        <source>How the report came in (a code of the list &quot;channels&quot;).</source>
        <translation>Hoe de melding binnenkwam (een code uit de lijst &quot;channels&quot;).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The unit concerned (a code of the list &quot;units&quot;).</source>
        <translation>Het betrokken organisatieonderdeel (een code uit de lijst &quot;units&quot;).</translation>
    </message>
    <message>
        <source>A ground of discrimination (list &quot;grounds&quot;); repeat for more.</source>
        <translation>Een discriminatiegrond (lijst &quot;grounds&quot;); herhaal de optie voor meer.</translation>
    </message>
    <message>
        <source>A form of behaviour (list &quot;forms&quot;); repeat for more.</source>
        <translation>Een gedragsvorm (lijst &quot;forms&quot;); herhaal de optie voor meer.</translation>
    </message>
    <message>
        <source>The reporter&apos;s pseudonym; without it the case is anonymous.</source>
        <translation>Het pseudoniem van de melder; zonder pseudoniem is de casus anoniem.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>What happened, in the reporter&apos;s words.</source>
        <translation>Wat er is gebeurd, in de woorden van de melder.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>The intake date (default: today).</source>
        <translation>De intakedatum (standaard: vandaag).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Register a case. Names are not taken on the command line, where the shell history would keep them; add them in Baken.</source>
        <translation>Een casus registreren. Namen worden niet via de opdrachtregel aangenomen, omdat de shellgeschiedenis ze zou bewaren; voeg ze toe in Baken.</translation>
    </message>
    <message>
        <source>Give the case type with --type: question, signal, report or complaint.</source>
        <translation>Geef de soort casus op met --type: question, signal, report of complaint.</translation>
    </message>
    <message>
        <source>Only cases with this status: new, in_progress, referred, closed, reopened.</source>
        <translation>Alleen casussen met deze status: new (nieuw), in_progress (in behandeling), referred (doorverwezen), closed (afgesloten), reopened (heropend).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only cases whose number, pseudonym, text or notes contain these words.</source>
        <translation>Alleen casussen waarvan het nummer, het pseudoniem, de tekst of de notities deze woorden bevatten.</translation>
    </message>
    <message>
        <source>List the registered cases, newest first.</source>
        <translation>De geregistreerde casussen opsommen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; choose new, in_progress, referred, closed or reopened.</source>
        <translation>Onbekende status &quot;%1&quot;; kies new, in_progress, referred, closed of reopened.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a case file, with the names it holds.</source>
        <translation>Een casusdossier tonen, met de namen die erin staan.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>How the case ended (a code of the list &quot;outcomes&quot;).</source>
        <translation>Hoe de casus is afgelopen (een code uit de lijst &quot;outcomes&quot;).</translation>
    </message>
    <message>
        <source>A measure taken (list &quot;measures&quot;); repeat for more.</source>
        <translation>Een genomen maatregel (lijst &quot;measures&quot;); herhaal de optie voor meer.</translation>
    </message>
    <message>
        <source>The closing date (default: today).</source>
        <translation>De afsluitdatum (standaard: vandaag).</translation>
    </message>
    <message>
        <source>Close a case with its outcome and measures.</source>
        <translation>Een casus afsluiten met de uitkomst en de maatregelen.</translation>
    </message>
    <message>
        <source>Closed case %1.</source>
        <translation>Casus %1 is afgesloten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number; case numbers look like 2026-0042.</source>
        <translation>&quot;%1&quot; is geen casusnummer; een casusnummer ziet eruit als 2026-0042.</translation>
    </message>
    <message>
        <source>The vault holds no case %1.</source>
        <translation>De kluis bevat geen casus %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1: &quot;%2&quot; is geen datum; schrijf de datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is retired. Choose one of: %3</source>
        <translation>--%1: &quot;%2&quot; is buiten gebruik gesteld. Kies uit: %3</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a code of the list &quot;%4&quot;. Choose one of: %3</source>
        <translation>--%1: &quot;%2&quot; is geen code uit de lijst &quot;%4&quot;. Kies uit: %3</translation>
    </message>
    <message>
        <source>--%1 can be given once.</source>
        <translation>--%1 mag maar één keer worden opgegeven.</translation>
    </message>
    <message>
        <source>yes, on %1</source>
        <translation>ja, op %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Casus %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intakedatum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>Reporter role</source>
        <translation>Rol van de melder</translation>
    </message>
    <message>
        <source>Bystander</source>
        <translation>Omstander</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Discriminatiegronden</translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation>Gedragsvormen</translation>
    </message>
    <message>
        <source>Role of the accused</source>
        <translation>Rol van de beschuldigde</translation>
    </message>
    <message>
        <source>Name of the accused</source>
        <translation>Naam van de beschuldigde</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Mag worden benaderd</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Mag worden gedeeld</translation>
    </message>
    <message>
        <source>May be bundled</source>
        <translation>Mag worden gebundeld</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>To be destroyed on</source>
        <translation>Te vernietigen op</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Gevolgen</translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation>Gewenste uitkomst</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusgeschiedenis</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>details shared with consent</source>
        <translation>gegevens gedeeld met toestemming</translation>
    </message>
    <message>
        <source>no details shared</source>
        <translation>geen gegevens gedeeld</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgacties</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>The export is NOT encrypted: it holds every case in plaintext, with what was reported. Names and contact details are left out, but the free text can still identify people. Anyone who gets the file can read it. Write it only to a place you trust, delete it once the move is done, and repeat the command with --yes.</source>
        <translation>De export is NIET versleuteld: elke casus staat er leesbaar in, met wat er is gemeld. Namen en contactgegevens blijven weg, maar de vrije tekst kan nog steeds mensen herkenbaar maken. Iedereen die het bestand in handen krijgt, kan het lezen. Schrijf het alleen naar een plek die u vertrouwt, verwijder het zodra het overzetten klaar is, en herhaal de opdracht met --yes.</translation>
    </message>
    <message>
        <source>Log and list doubt-line consultations (&quot;consult --help&quot;)</source>
        <translation>Consulten van de twijfellijn vastleggen en opsommen (&quot;consult --help&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consult</numerusform>
            <numerusform>%n consulten</numerusform>
        </translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>List consultations: time, channel, assessment, outcome</source>
        <translation>Consulten opsommen: tijd, kanaal, beoordeling, uitkomst</translation>
    </message>
    <message>
        <source>How the caller got in touch (a code of the list &quot;channels&quot;).</source>
        <translation>Hoe de beller contact opnam (een code uit de lijst &quot;channels&quot;).</translation>
    </message>
    <message>
        <source>A contact without content: silent, hang_up, abusive or test.</source>
        <translation>Een contact zonder inhoud: silent (stille oproep), hang_up (opgehangen), abusive (scheldend) of test.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>The caller&apos;s role (a code of the list &quot;reporter_roles&quot;).</source>
        <translation>De rol van de beller (een code uit de lijst &quot;reporter_roles&quot;).</translation>
    </message>
    <message>
        <source>The caller&apos;s question in a few words, without names.</source>
        <translation>De vraag van de beller in een paar woorden, zonder namen.</translation>
    </message>
    <message>
        <source>Log the question even if it seems to hold a name, phone number or e-mail address.</source>
        <translation>De vraag ook vastleggen als die een naam, telefoonnummer of e-mailadres lijkt te bevatten.</translation>
    </message>
    <message>
        <source>Was it discrimination: yes, possibly, no or unclear (default).</source>
        <translation>Was het discriminatie: yes (ja), possibly (mogelijk), no (nee) of unclear (onduidelijk, standaard).</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>ANTWOORD</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>UITKOMST</translation>
    </message>
    <message>
        <source>The advice given, with --outcome advised (list &quot;advice&quot;).</source>
        <translation>Het gegeven advies, bij --outcome advised (lijst &quot;advice&quot;).</translation>
    </message>
    <message>
        <source>Where the caller was referred, with --outcome referred (list &quot;referral_bodies&quot;).</source>
        <translation>Waarnaar de beller is verwezen, bij --outcome referred (lijst &quot;referral_bodies&quot;).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>JJJJ-MM-DDTUU:MM</translation>
    </message>
    <message>
        <source>The caller wants a callback at this phone number or address.</source>
        <translation>De beller wil teruggebeld worden op dit telefoonnummer of adres.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>The date by which to call back (with --callback).</source>
        <translation>De datum waarop uiterlijk moet worden teruggebeld (bij --callback).</translation>
    </message>
    <message>
        <source>Log a doubt-line consultation and print its number. The caller stays anonymous: the only personal detail is a callback contact, erased when the callback is done.</source>
        <translation>Een consult van de twijfellijn vastleggen en het nummer ervan tonen. De beller blijft anoniem: het enige persoonsgegeven is een telefoonnummer of adres om terug te bellen, dat wordt gewist zodra er is teruggebeld.</translation>
    </message>
    <message>
        <source>--kind: choose silent, hang_up, abusive or test; leave it out for a consultation.</source>
        <translation>--kind: kies silent, hang_up, abusive of test; laat de optie weg voor een consult.</translation>
    </message>
    <message>
        <source>Give the channel with --channel, for example --channel phone.</source>
        <translation>Geef het kanaal op met --channel, bijvoorbeeld --channel phone.</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a time; write it as YYYY-MM-DDTHH:MM.</source>
        <translation>--at: &quot;%1&quot; is geen tijdstip; schrijf het als JJJJ-MM-DDTUU:MM.</translation>
    </message>
    <message>
        <source>--minutes: give a whole number of minutes.</source>
        <translation>--minutes: geef een geheel aantal minuten op.</translation>
    </message>
    <message>
        <source>--assessment: choose yes, possibly, no or unclear.</source>
        <translation>--assessment: kies yes, possibly, no of unclear.</translation>
    </message>
    <message>
        <source>--outcome: choose listened, advised or referred.</source>
        <translation>--outcome: kies listened, advised of referred.</translation>
    </message>
    <message>
        <source>A callback needs both --callback CONTACT and --callback-due DATE.</source>
        <translation>Voor terugbellen zijn zowel --callback CONTACT als --callback-due DATUM nodig.</translation>
    </message>
    <message>
        <source>The question seems to identify someone: %1. The doubt line stays anonymous: leave such details out, or repeat the command with --allow-identifying if they are not what they seem. Nothing was logged.</source>
        <translation>De vraag lijkt iemand herkenbaar te maken: %1. De twijfellijn blijft anoniem: laat zulke gegevens weg, of herhaal de opdracht met --allow-identifying als ze niet zijn wat ze lijken. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Only consultations on or after this day.</source>
        <translation>Alleen consulten op of na deze dag.</translation>
    </message>
    <message>
        <source>Only consultations on or before this day.</source>
        <translation>Alleen consulten op of vóór deze dag.</translation>
    </message>
    <message>
        <source>List doubt-line consultations, newest first, one per line. Callback contacts are not shown.</source>
        <translation>De consulten van de twijfellijn opsommen, nieuwste eerst, één per regel. Telefoonnummers en adressen om terug te bellen worden niet getoond.</translation>
    </message>
    <message>
        <source>callback by %1</source>
        <translation>uiterlijk %1 terugbellen</translation>
    </message>
    <message>
        <source>handed over (draft case)</source>
        <translation>overgedragen (conceptcasus)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>casus %1</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.</source>
        <translation>Onbekende opdracht &quot;%2&quot; voor baken-cli %1.</translation>
    </message>
    <message>
        <source>Usage: baken-cli %1 COMMAND VAULT [options]</source>
        <translation>Gebruik: baken-cli %1 OPDRACHT KLUIS [opties]</translation>
    </message>
    <message>
        <source>Run &quot;baken-cli %1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Gebruik &quot;baken-cli %1 OPDRACHT --help&quot; voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Log a doubt-line consultation or a contact without content</source>
        <translation>Een consult of een contact zonder inhoud op de twijfellijn vastleggen</translation>
    </message>
    <message>
        <source>Who took the call (a code of the list &quot;doubt_line_staff&quot;).</source>
        <translation>Wie het gesprek aannam (een code uit de lijst &quot;doubt_line_staff&quot;).</translation>
    </message>
    <message>
        <source>What came of it: listened (default), advised or referred.</source>
        <translation>Wat het opleverde: listened (geluisterd en uitgelegd, standaard), advised (advies gegeven) of referred (doorverwezen).</translation>
    </message>
    <message>
        <source>How long the call took, in minutes.</source>
        <translation>Hoe lang het gesprek duurde, in minuten.</translation>
    </message>
    <message>
        <source>When the call started, local time (default: now).</source>
        <translation>Wanneer het gesprek begon, in lokale tijd (standaard: nu).</translation>
    </message>
    <message>
        <source>--from is later than --to.</source>
        <translation>--from ligt na --to.</translation>
    </message>
    <message>
        <source>Run peer-support groups: series, participants, attendance, calendar (&quot;group --help&quot;)</source>
        <translation>Lotgenotengroepen beheren: reeksen, deelnemers, aanwezigheid, agenda (&quot;group --help&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgelast</translation>
    </message>
    <message>
        <source>moved to %1</source>
        <translation>verplaatst naar %1</translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation>in de groep sinds %1</translation>
    </message>
    <message>
        <source>waiting list, position %1</source>
        <translation>wachtlijst, nummer %1</translation>
    </message>
    <message>
        <source>offered a seat</source>
        <translation>plaats aangeboden</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>gestopt op %1</translation>
    </message>
    <message>
        <source>left on %1: %2</source>
        <translation>gestopt op %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2, %n session(s)</source>
        <translation>
            <numerusform>%1 vanaf %2, %n bijeenkomst</numerusform>
            <numerusform>%1 vanaf %2, %n bijeenkomsten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 until %3</source>
        <translation>%1 vanaf %2 tot en met %3</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) each</source>
        <translation>
            <numerusform>%n minuut per bijeenkomst</numerusform>
            <numerusform>%n minuten per bijeenkomst</numerusform>
        </translation>
    </message>
    <message>
        <source>from case %1</source>
        <translation>via casus %1</translation>
    </message>
    <message>
        <source>from a draft case</source>
        <translation>via een conceptcasus</translation>
    </message>
    <message>
        <source>from consultation #%1</source>
        <translation>via consult #%1</translation>
    </message>
    <message>
        <source>Start a group: a series of sessions, and print its number</source>
        <translation>Een groep starten: een reeks bijeenkomsten, en het groepsnummer tonen</translation>
    </message>
    <message>
        <source>List groups: number, theme, next session, seats, waiting list</source>
        <translation>Groepen opsommen: nummer, thema, volgende bijeenkomst, plaatsen, wachtlijst</translation>
    </message>
    <message>
        <source>Print a group: sessions, participants, tasks, evaluation</source>
        <translation>Een groep tonen: bijeenkomsten, deelnemers, taken, evaluatie</translation>
    </message>
    <message>
        <source>Sign someone up by pseudonym: a seat or the waiting list</source>
        <translation>Iemand onder pseudoniem aanmelden: een plaats of de wachtlijst</translation>
    </message>
    <message>
        <source>Record that a participant left; the seat goes to the waiting list</source>
        <translation>Vastleggen dat een deelnemer is gestopt; de plaats gaat naar de wachtlijst</translation>
    </message>
    <message>
        <source>Record a participant&apos;s attendance at a session</source>
        <translation>De aanwezigheid van een deelnemer bij een bijeenkomst vastleggen</translation>
    </message>
    <message>
        <source>Cancel one session of a group</source>
        <translation>Eén bijeenkomst van een groep afgelasten</translation>
    </message>
    <message>
        <source>Move one session of a group to another time or place</source>
        <translation>Eén bijeenkomst van een groep naar een ander tijdstip of een andere locatie verplaatsen</translation>
    </message>
    <message>
        <source>Write a group&apos;s sessions to an iCalendar file</source>
        <translation>De bijeenkomsten van een groep naar een iCalendar-bestand schrijven</translation>
    </message>
    <message>
        <source>What the group is about; also the calendar title.</source>
        <translation>Waar de groep over gaat; dit is ook de titel in de agenda.</translation>
    </message>
    <message>
        <source>What the group is for (it may go into the calendar).</source>
        <translation>Waarvoor de groep bedoeld is (dit kan in de agenda komen te staan).</translation>
    </message>
    <message>
        <source>The first session, local time.</source>
        <translation>De eerste bijeenkomst, in lokale tijd.</translation>
    </message>
    <message>
        <source>How often it meets: week, 2weeks or month.</source>
        <translation>Hoe vaak de groep bijeenkomt: week (elke week), 2weeks (elke twee weken) of month (elke maand).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIODE</translation>
    </message>
    <message>
        <source>The number of sessions.</source>
        <translation>Het aantal bijeenkomsten.</translation>
    </message>
    <message>
        <source>The last day a session may fall on (instead of --count).</source>
        <translation>De laatste dag waarop een bijeenkomst mag vallen (in plaats van --count).</translation>
    </message>
    <message>
        <source>The length of a session in minutes (default 120).</source>
        <translation>De duur van een bijeenkomst in minuten (standaard 120).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>The number of seats (default 8).</source>
        <translation>Het aantal plaatsen (standaard 8).</translation>
    </message>
    <message>
        <source>Where it meets: a room or an address.</source>
        <translation>Waar de groep bijeenkomt: een ruimte of een adres.</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>LOCATIE</translation>
    </message>
    <message>
        <source>A video link, for a group that meets online.</source>
        <translation>Een videolink, voor een groep die online bijeenkomt.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Who runs it (list &quot;group_facilitators&quot;); repeat for more.</source>
        <translation>Wie de groep begeleidt (lijst &quot;group_facilitators&quot;); herhaal de optie voor meer.</translation>
    </message>
    <message>
        <source>Start a peer-support group: a series of sessions with seats and a waiting list. Prints the group&apos;s number.</source>
        <translation>Een lotgenotengroep starten: een reeks bijeenkomsten met een vast aantal plaatsen en een wachtlijst. Het nummer van de groep wordt getoond.</translation>
    </message>
    <message>
        <source>Give the group&apos;s theme with --theme.</source>
        <translation>Geef het thema van de groep op met --theme.</translation>
    </message>
    <message>
        <source>--every: choose week, 2weeks or month.</source>
        <translation>--every: kies week, 2weeks of month.</translation>
    </message>
    <message>
        <source>End the series with either --count N or --until YYYY-MM-DD.</source>
        <translation>Geef het einde van de reeks op met óf --count N, óf --until JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>--%1: give a whole number from 1 on.</source>
        <translation>--%1: geef een geheel getal van 1 of hoger op.</translation>
    </message>
    <message>
        <source>List the peer-support groups, the latest series first: number, theme, next session, seats taken, waiting list.</source>
        <translation>De lotgenotengroepen opsommen, de nieuwste reeks eerst: nummer, thema, volgende bijeenkomst, bezette plaatsen, wachtlijst.</translation>
    </message>
    <message>
        <source>series ended</source>
        <translation>reeks afgelopen</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>volgende: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n seat(s) taken</source>
        <translation>
            <numerusform>%1 van %n plaats bezet</numerusform>
            <numerusform>%1 van %n plaatsen bezet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n op de wachtlijst</numerusform>
            <numerusform>%n op de wachtlijst</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a group: its series with moved and cancelled sessions, attendance, notes, participants by pseudonym, tasks and the anonymous evaluation. Contact details are not shown.</source>
        <translation>Een groep tonen: de reeks met verplaatste en afgelaste bijeenkomsten, aanwezigheid, notities, deelnemers onder hun pseudoniem, taken en de anonieme evaluatie. Contactgegevens worden niet getoond.</translation>
    </message>
    <message>
        <source>GROUP_ID</source>
        <translation>GROEP_ID</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Groep %1: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>present: %1</source>
        <translation>aanwezig: %1</translation>
    </message>
    <message>
        <source>not there: %1</source>
        <translation>niet aanwezig: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>notitie: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>evaluatie ingevuld</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message numerus="yes">
        <source>Evaluation: %n score(s)</source>
        <translation>
            <numerusform>Evaluatie: %n score</numerusform>
            <numerusform>Evaluatie: %n scores</numerusform>
        </translation>
    </message>
    <message>
        <source>, mean %1 (%2)</source>
        <translation>, gemiddeld %1 (%2)</translation>
    </message>
    <message>
        <source>Write the calendar to FILE (.ics).</source>
        <translation>De agenda naar BESTAND (.ics) schrijven.</translation>
    </message>
    <message>
        <source>Write a group&apos;s sessions to an iCalendar file for a calendar program: the theme, description, place and times, never a participant. Writing it again updates the same events.</source>
        <translation>De bijeenkomsten van een groep naar een iCalendar-bestand voor een agendaprogramma schrijven: het thema, de omschrijving, de locatie en de tijden, nooit een deelnemer. Schrijft u het bestand opnieuw, dan worden dezelfde afspraken bijgewerkt.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.ics.</source>
        <translation>Geef met --out BESTAND.ics op naar welk bestand moet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a calendar file; Baken does not overwrite it.</source>
        <translation>%1 bestaat al en is geen agendabestand; Baken overschrijft het niet.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 is geschreven.</translation>
    </message>
    <message>
        <source>Give --%1 YYYY-MM-DDTHH:MM (local time).</source>
        <translation>Geef --%1 JJJJ-MM-DDTUU:MM op (lokale tijd).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time; write it as YYYY-MM-DDTHH:MM.</source>
        <translation>--%1: &quot;%2&quot; is geen tijdstip; schrijf het als JJJJ-MM-DDTUU:MM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group number; &quot;baken-cli group list&quot; shows them.</source>
        <translation>&quot;%1&quot; is geen groepsnummer; &quot;baken-cli group list&quot; toont de nummers.</translation>
    </message>
    <message>
        <source>The vault holds no group %1.</source>
        <translation>De kluis bevat geen groep %1.</translation>
    </message>
    <message>
        <source>The name the participant is known by in the group.</source>
        <translation>De naam waaronder de deelnemer in de groep bekend is.</translation>
    </message>
    <message>
        <source>How they came: self (default), case or consultation.</source>
        <translation>Hoe de deelnemer bij de groep kwam: self (zelf aangemeld, standaard), case (vanuit een casus) of consultation (vanuit de twijfellijn).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>BRON</translation>
    </message>
    <message>
        <source>The case they came from (implies --source case).</source>
        <translation>De casus waaruit de deelnemer kwam (houdt --source case in).</translation>
    </message>
    <message>
        <source>The doubt-line consultation they came from (implies --source consultation).</source>
        <translation>Het consult van de twijfellijn waaruit de deelnemer kwam (houdt --source consultation in).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sign someone up for a group by pseudonym. They get a seat while there is one, otherwise a place on the waiting list.</source>
        <translation>Iemand onder pseudoniem voor een groep aanmelden. Is er nog een plaats vrij, dan krijgt de deelnemer die; anders komt de deelnemer op de wachtlijst.</translation>
    </message>
    <message>
        <source>Give the participant&apos;s pseudonym with --pseudonym.</source>
        <translation>Geef het pseudoniem van de deelnemer op met --pseudonym.</translation>
    </message>
    <message>
        <source>--source: choose self, case or consultation.</source>
        <translation>--source: kies self, case of consultation.</translation>
    </message>
    <message>
        <source>--case goes with --source case, --consultation with --source consultation.</source>
        <translation>--case hoort bij --source case, --consultation bij --source consultation.</translation>
    </message>
    <message>
        <source>--consultation: give the consultation&apos;s number, as &quot;consult list&quot; shows it.</source>
        <translation>--consultation: geef het nummer van het consult op, zoals &quot;consult list&quot; het toont.</translation>
    </message>
    <message>
        <source>The vault holds no consultation %1.</source>
        <translation>De kluis bevat geen consult %1.</translation>
    </message>
    <message>
        <source>Participant %1 has a seat.</source>
        <translation>Deelnemer %1 heeft een plaats.</translation>
    </message>
    <message>
        <source>Participant %1 is on the waiting list, position %2.</source>
        <translation>Deelnemer %1 staat op de wachtlijst, als nummer %2.</translation>
    </message>
    <message>
        <source>Why, in a few words and without a story.</source>
        <translation>De reden, in een paar woorden en zonder het hele verhaal.</translation>
    </message>
    <message>
        <source>The day they left (default: today).</source>
        <translation>De dag waarop de deelnemer stopte (standaard: vandaag).</translation>
    </message>
    <message>
        <source>Record that a participant left the group or the waiting list. A freed seat is offered to the first one waiting, with a task to contact them.</source>
        <translation>Vastleggen dat een deelnemer met de groep is gestopt of van de wachtlijst is gegaan. Een vrijgekomen plaats wordt aangeboden aan de eerste op de wachtlijst, met een taak om contact met die persoon op te nemen.</translation>
    </message>
    <message>
        <source>PARTICIPANT_ID</source>
        <translation>DEELNEMER_ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant number; &quot;baken-cli group show&quot; shows them.</source>
        <translation>&quot;%1&quot; is geen deelnemersnummer; &quot;baken-cli group show&quot; toont de nummers.</translation>
    </message>
    <message>
        <source>The vault holds no participant %1.</source>
        <translation>De kluis bevat geen deelnemer %1.</translation>
    </message>
    <message>
        <source>%1 left group %2.</source>
        <translation>%1 is gestopt met groep %2.</translation>
    </message>
    <message>
        <source>The seat is offered to %1 (participant %2); a task to contact them was added.</source>
        <translation>De plaats wordt aangeboden aan %1 (deelnemer %2); er is een taak toegevoegd om contact op te nemen.</translation>
    </message>
    <message>
        <source>The session, by the time the series gave it.</source>
        <translation>De bijeenkomst, aangeduid met het tijdstip volgens de reeks.</translation>
    </message>
    <message>
        <source>The participant, by number.</source>
        <translation>De deelnemer, aangeduid met het nummer.</translation>
    </message>
    <message>
        <source>They were there.</source>
        <translation>De deelnemer was aanwezig.</translation>
    </message>
    <message>
        <source>They were not there and had said so.</source>
        <translation>De deelnemer was afwezig met bericht.</translation>
    </message>
    <message>
        <source>They were not there without notice.</source>
        <translation>De deelnemer was afwezig zonder bericht.</translation>
    </message>
    <message>
        <source>Record a participant&apos;s attendance at a session that took place. Missing sessions in a row adds a task to check in with them.</source>
        <translation>De aanwezigheid van een deelnemer vastleggen bij een bijeenkomst die heeft plaatsgevonden. Mist iemand meerdere bijeenkomsten achter elkaar, dan komt er een taak bij voor een nazorgcontact.</translation>
    </message>
    <message>
        <source>Give exactly one of --present, --excused and --absent.</source>
        <translation>Geef precies één van --present, --excused en --absent op.</translation>
    </message>
    <message>
        <source>Give the participant&apos;s number with --participant; &quot;group show&quot; lists them.</source>
        <translation>Geef het nummer van de deelnemer op met --participant; &quot;group show&quot; toont de nummers.</translation>
    </message>
    <message>
        <source>Group %1 has no session at %2.</source>
        <translation>Groep %1 heeft geen bijeenkomst op %2.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Vastgelegd: %1.</translation>
    </message>
    <message>
        <source>New task, due %1: %2.</source>
        <translation>Nieuwe taak, uiterlijk %1: %2.</translation>
    </message>
    <message>
        <source>Cancel one session; the rest of the series stays as it is.</source>
        <translation>Eén bijeenkomst afgelasten; de rest van de reeks blijft zoals die is.</translation>
    </message>
    <message>
        <source>Cancelled the session of %1.</source>
        <translation>De bijeenkomst van %1 is afgelast.</translation>
    </message>
    <message>
        <source>Its new time.</source>
        <translation>Het nieuwe tijdstip.</translation>
    </message>
    <message>
        <source>Its new place.</source>
        <translation>De nieuwe locatie.</translation>
    </message>
    <message>
        <source>Move one session to another time, another place or both; attendance and notes stay with it.</source>
        <translation>Eén bijeenkomst naar een ander tijdstip, een andere locatie of allebei verplaatsen; aanwezigheid en notities blijven bij de bijeenkomst.</translation>
    </message>
    <message>
        <source>Give the new time with --to, the new place with --place, or both.</source>
        <translation>Geef het nieuwe tijdstip op met --to, de nieuwe locatie met --place, of allebei.</translation>
    </message>
    <message>
        <source>Moved the session of %1.</source>
        <translation>De bijeenkomst van %1 is verplaatst.</translation>
    </message>
    <message>
        <source>Write every case, consultation and group, without names or contact details, and the code lists to one JSON file (docs/interchange.md), to move them to another vault.</source>
        <translation>Alle casussen, consulten en groepen, zonder namen of contactgegevens, en de codelijsten naar één JSON-bestand schrijven (docs/interchange.md) om ze naar een andere kluis over te zetten.</translation>
    </message>
    <message>
        <source>Add the cases, consultations, groups and code lists of a Baken JSON export to a vault. The whole file is checked first: if any record is invalid, nothing is imported.</source>
        <translation>De casussen, consulten, groepen en codelijsten uit een JSON-export van Baken aan een kluis toevoegen. Eerst wordt het hele bestand gecontroleerd: is er ook maar één gegeven ongeldig, dan wordt er niets geïmporteerd.</translation>
    </message>
    <message>
        <source>PDF needs the Baken app installed; use --format json or csv.</source>
        <translation>Voor PDF moet de Baken-app geïnstalleerd zijn; gebruik --format json of csv.</translation>
    </message>
    <message>
        <source>The Baken app could not be started to draw the PDF: %1</source>
        <translation>De Baken-app kon niet worden gestart om de PDF te maken: %1</translation>
    </message>
    <message>
        <source>The Baken app did not finish the PDF.</source>
        <translation>De Baken-app heeft de PDF niet afgemaakt.</translation>
    </message>
    <message>
        <source>The Baken app could not write the PDF.</source>
        <translation>De Baken-app kon de PDF niet schrijven.</translation>
    </message>
    <message>
        <source>Write an anonymised summary of a period, safe to hand on: JSON, CSV or PDF</source>
        <translation>Een geanonimiseerde samenvatting van een periode schrijven, veilig om door te geven: JSON, CSV of PDF</translation>
    </message>
    <message>
        <source>The period: a year (2026), a quarter (2026-Q2), a month (2026-03) or a range of months (2026-01..2026-06).</source>
        <translation>De periode: een jaar (2026), een kwartaal (2026-Q2), een maand (2026-03) of een reeks opeenvolgende maanden (2026-01..2026-06).</translation>
    </message>
    <message>
        <source>json, csv (a zip of CSV files with a README.txt) or pdf (needs the Baken app). Default: json.</source>
        <translation>json, csv (een zip met CSV-bestanden en een README.txt) of pdf (daarvoor is de Baken-app nodig). Standaard: json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>Write the summary to FILE (it must not exist yet).</source>
        <translation>De samenvatting naar BESTAND schrijven (dat mag nog niet bestaan).</translation>
    </message>
    <message>
        <source>Leave out every figure from 1 to K-1, at least 3 (default: the vault&apos;s setting, otherwise 5).</source>
        <translation>Elk getal van 1 tot en met K-1 weglaten; K is minstens 3 (standaard: de instelling van de kluis, anders 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Write an anonymised summary of a period: counts of cases, doubt-line consultations and groups, with small figures left out so that nobody can be recognised. The language follows --lang.</source>
        <translation>Een geanonimiseerde samenvatting van een periode schrijven: aantallen casussen, consulten van de twijfellijn en groepen, zonder kleine aantallen, zodat niemand herkenbaar is. De taal volgt --lang.</translation>
    </message>
    <message>
        <source>Name the period with --period, for example --period 2026.</source>
        <translation>Geef de periode op met --period, bijvoorbeeld --period 2026.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose %2.</source>
        <translation>Onbekend formaat &quot;%1&quot;; kies %2.</translation>
    </message>
    <message>
        <source>k must be a whole number from %1 to %2: with a smaller k, figures so small that they point to a person would be published.</source>
        <translation>k moet een geheel getal van %1 tot en met %2 zijn: met een kleinere k zouden getallen worden gepubliceerd die zo klein zijn dat ze naar een persoon wijzen.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE%1.</source>
        <translation>Geef met --out BESTAND%1 op naar welk bestand moet worden geschreven.</translation>
    </message>
    <message>
        <source>Wrote the summary of %1 (k = %2) to %3.</source>
        <translation>De samenvatting van %1 (k = %2) is geschreven naar %3.</translation>
    </message>
    <message>
        <source>Combine several vaults&apos; figures into one summary: keys, packages, import (&quot;rollup --help&quot;)</source>
        <translation>De cijfers van meerdere kluizen samenvoegen tot één samenvatting: sleutels, pakketten, importeren (&quot;rollup --help&quot;)</translation>
    </message>
    <message>
        <source>Coordinator: print or write the key block to send to advisors</source>
        <translation>Coördinator: het sleutelblok tonen of wegschrijven dat u naar vertrouwenspersonen stuurt</translation>
    </message>
    <message>
        <source>Print this vault&apos;s key fingerprint, to compare by phone</source>
        <translation>De vingerafdruk van de sleutel van deze kluis tonen, om telefonisch te vergelijken</translation>
    </message>
    <message>
        <source>Advisor: seal the exact figures of a period for a coordinator</source>
        <translation>Vertrouwenspersoon: de exacte aantallen van een periode verzegelen voor een coördinator</translation>
    </message>
    <message>
        <source>Coordinator: import advisors&apos; packages</source>
        <translation>Coördinator: pakketten van vertrouwenspersonen importeren</translation>
    </message>
    <message>
        <source>Coordinator: write the combined, anonymised summary</source>
        <translation>Coördinator: de samengevoegde, geanonimiseerde samenvatting schrijven</translation>
    </message>
    <message>
        <source>Your name as advisors will see it.</source>
        <translation>Uw naam zoals vertrouwenspersonen die zien.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Write the key block to FILE (it must not exist yet).</source>
        <translation>Het sleutelblok naar BESTAND schrijven (dat mag nog niet bestaan).</translation>
    </message>
    <message>
        <source>Print the key block that advisors need to send you their figures, and its fingerprint. It holds public keys only.</source>
        <translation>Het sleutelblok tonen dat vertrouwenspersonen nodig hebben om u hun cijfers te sturen, met de vingerafdruk ervan. Het bevat alleen openbare sleutels.</translation>
    </message>
    <message>
        <source>Give a label of at most %1 characters with --label, for example --label &quot;Coordinator North&quot;.</source>
        <translation>Geef met --label een label van hoogstens %1 tekens, bijvoorbeeld --label &quot;Coördinator Noord&quot;.</translation>
    </message>
    <message>
        <source>Wrote the key block to %1.</source>
        <translation>Het sleutelblok is geschreven naar %1.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Print the fingerprint of this vault&apos;s public keys. Read it out by phone: it must match what the other side sees.</source>
        <translation>De vingerafdruk van de openbare sleutels van deze kluis tonen. Lees hem telefonisch voor: hij moet overeenkomen met wat de andere kant ziet.</translation>
    </message>
    <message>
        <source>The period, as for &quot;summary&quot;.</source>
        <translation>De periode, zoals bij &quot;summary&quot;.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s key block.</source>
        <translation>Het sleutelblok van de coördinator.</translation>
    </message>
    <message>
        <source>KEYFILE</source>
        <translation>SLEUTELBESTAND</translation>
    </message>
    <message>
        <source>Your name as the coordinator will see it.</source>
        <translation>Uw naam zoals de coördinator die ziet.</translation>
    </message>
    <message>
        <source>Write the package to FILE (it must not exist yet).</source>
        <translation>Het pakket naar BESTAND schrijven (dat mag nog niet bestaan).</translation>
    </message>
    <message>
        <source>Seal the exact figures of a period for a coordinator: counts only, no text, names or dates finer than a month, readable by that coordinator only.</source>
        <translation>De exacte aantallen van een periode verzegelen voor een coördinator: alleen aantallen, geen tekst, geen namen en geen datums die preciezer zijn dan de maand, alleen leesbaar voor die coördinator.</translation>
    </message>
    <message>
        <source>Give --to KEYFILE, --label LABEL (at most %1 characters) and --out FILE.</source>
        <translation>Geef --to SLEUTELBESTAND, --label LABEL (hoogstens %1 tekens) en --out BESTAND.</translation>
    </message>
    <message>
        <source>Sealed the figures of %1 for %2 in %3.</source>
        <translation>De cijfers van %1 zijn verzegeld voor %2 in %3.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint: %1</source>
        <translation>Vingerafdruk van de coördinator: %1</translation>
    </message>
    <message>
        <source>Replace a package already imported for the same source and period by a newer one.</source>
        <translation>Een pakket dat al is geïmporteerd voor dezelfde bron en periode vervangen door een nieuwer pakket.</translation>
    </message>
    <message>
        <source>Import advisors&apos; packages: each is checked (signature, recipient, integrity) and stored, or refused with the reason and nothing changed.</source>
        <translation>Pakketten van vertrouwenspersonen importeren: elk pakket wordt gecontroleerd (handtekening, ontvanger, volledigheid) en opgeslagen, of geweigerd met de reden, zonder dat er iets verandert.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>BESTAND...</translation>
    </message>
    <message>
        <source>%1: refused: it cannot be read (%2)</source>
        <translation>%1: geweigerd: het kan niet worden gelezen (%2)</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: geweigerd: %2</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: toegevoegd</translation>
    </message>
    <message>
        <source>%1: duplicate, imported before; nothing changed</source>
        <translation>%1: dubbel, al eerder geïmporteerd; er is niets veranderd</translation>
    </message>
    <message>
        <source>%1: kept the package imported before; add --replace to use this newer one</source>
        <translation>%1: het eerder geïmporteerde pakket is behouden; voeg --replace toe om dit nieuwere pakket te gebruiken</translation>
    </message>
    <message>
        <source>Write the anonymised summary of every imported package within a period, with small figures left out over the combined figures, and which source delivered which months.</source>
        <translation>De geanonimiseerde samenvatting schrijven van alle geïmporteerde pakketten binnen een periode, met kleine aantallen weggelaten uit de samengevoegde cijfers, en welke bron welke maanden heeft geleverd.</translation>
    </message>
    <message>
        <source>Write an encrypted backup that opens with the recovery key</source>
        <translation>Een versleutelde back-up maken die met de herstelsleutel te openen is</translation>
    </message>
    <message>
        <source>Restore a backup with the recovery key, as a new vault with a new passphrase</source>
        <translation>Een back-up terugzetten met de herstelsleutel, als nieuwe kluis met een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Write the backup in DIR (default: the backup folder set for this vault in Settings).</source>
        <translation>De back-up in MAP opslaan (standaard: de back-upmap die bij Instellingen voor deze kluis is ingesteld).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>Keep the N newest backups of this vault in DIR and delete older ones (default: the vault&apos;s setting, 10 unless changed).</source>
        <translation>De N nieuwste back-ups van deze kluis in MAP bewaren en oudere verwijderen (standaard: de instelling van de kluis, 10 als die niet is gewijzigd).</translation>
    </message>
    <message>
        <source>Write an encrypted backup of a vault. It opens with the recovery key only, so it can bring the cases back when the passphrase is forgotten.</source>
        <translation>Een versleutelde back-up van een kluis maken. De back-up opent alleen met de herstelsleutel, zodat de casussen terug te halen zijn als de wachtwoordzin vergeten is.</translation>
    </message>
    <message>
        <source>--keep takes a number from %1 to %2.</source>
        <translation>--keep verwacht een getal van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>No backup folder is set for this vault. Give one with --to DIR, or set it in the app&apos;s Settings.</source>
        <translation>Voor deze kluis is geen back-upmap ingesteld. Geef er een op met --to MAP, of stel die in bij Instellingen in de app.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Back-up gemaakt en gecontroleerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Older backups removed: %n</source>
        <translation>
            <numerusform>Oudere back-up verwijderd: %n</numerusform>
            <numerusform>Oudere back-ups verwijderd: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>It opens with the vault&apos;s recovery key. Keep the key apart from the backup.</source>
        <translation>De back-up opent met de herstelsleutel van de kluis. Bewaar de sleutel apart van de back-up.</translation>
    </message>
    <message>
        <source>Restore a backup as a new vault with a new passphrase, using the recovery key. For when the passphrase is forgotten, or the laptop is lost.</source>
        <translation>Een back-up met de herstelsleutel terugzetten als nieuwe kluis met een nieuwe wachtwoordzin. Voor als de wachtwoordzin vergeten is of de laptop kwijt is.</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BACK-UP</translation>
    </message>
    <message>
        <source>The backup file (*.bakenbackup).</source>
        <translation>Het back-upbestand (*.bakenbackup).</translation>
    </message>
    <message>
        <source>Write the restored vault to NEWVAULT (required).</source>
        <translation>De teruggezette kluis naar NIEUWE_KLUIS schrijven (verplicht).</translation>
    </message>
    <message>
        <source>NEWVAULT</source>
        <translation>NIEUWE_KLUIS</translation>
    </message>
    <message>
        <source>Replace the file at NEWVAULT if there is one.</source>
        <translation>Het bestand NIEUWE_KLUIS vervangen als het al bestaat.</translation>
    </message>
    <message>
        <source>Read the recovery key from the first line of FILE.</source>
        <translation>De herstelsleutel lezen uit de eerste regel van BESTAND.</translation>
    </message>
    <message>
        <source>BACKUP --out NEWVAULT</source>
        <translation>BACK-UP --out NIEUWE_KLUIS</translation>
    </message>
    <message>
        <source>%1 already exists; Baken never overwrites a file. Choose another name, or add --replace.</source>
        <translation>%1 bestaat al; Baken overschrijft nooit een bestand. Kies een andere naam, of voeg --replace toe.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Herstelsleutel: </translation>
    </message>
    <message>
        <source>Restored %1 from the backup. Open it with the new passphrase; the recovery key stays the same.</source>
        <translation>%1 is teruggezet uit de back-up. Open de kluis met de nieuwe wachtwoordzin; de herstelsleutel blijft hetzelfde.</translation>
    </message>
    <message>
        <source>With it, Baken&apos;s encrypted backups (baken-cli backup) can be restored if the passphrase is forgotten (baken-cli restore). The vault itself opens only with its passphrase.</source>
        <translation>Hiermee zijn de versleutelde back-ups van Baken (baken-cli backup) terug te zetten als de wachtwoordzin vergeten is (baken-cli restore). De kluis zelf opent alleen met de wachtwoordzin.</translation>
    </message>
    <message>
        <source>small (the default): a few hundred cases; large: ten years of a large employer, 50,000 cases, for measuring speed.</source>
        <translation>small (standaard): een paar honderd casussen; large: tien jaar van een grote werkgever, 50.000 casussen, om de snelheid te meten.</translation>
    </message>
    <message>
        <source>small|large</source>
        <translation>small|large</translation>
    </message>
    <message>
        <source>With --size large: 2 or 4 times as much data.</source>
        <translation>Met --size large: 2 of 4 keer zoveel gegevens.</translation>
    </message>
    <message>
        <source>1|2|4</source>
        <translation>1|2|4</translation>
    </message>
    <message>
        <source>Use --size small or --size large, and --scale 1, 2 or 4 only with --size large.</source>
        <translation>Gebruik --size small of --size large, en --scale 1, 2 of 4 alleen met --size large.</translation>
    </message>
    <message>
        <source>Created the large demo vault %1 in %2 s: %3 cases, %4 contact moments, %5 follow-ups, %6 consultations, %7 groups with %8 sessions.</source>
        <translation>De grote demokluis %1 is in %2 s gemaakt: %3 casussen, %4 contactmomenten, %5 opvolgacties, %6 consulten, %7 groepen met %8 bijeenkomsten.</translation>
    </message>
    <message>
        <source>%1: replaced the older figures of this source for the months they share</source>
        <translation>%1: de oudere cijfers van deze bron vervangen voor de maanden die ze delen</translation>
    </message>
    <message>
        <source>List the cases past their destruction date, and destroy them</source>
        <translation>De casussen tonen waarvan de vernietigingsdatum voorbij is, en ze vernietigen</translation>
    </message>
    <message>
        <source>Nothing was destroyed. Add --yes to destroy without being asked.</source>
        <translation>Er is niets vernietigd. Voeg --yes toe om te vernietigen zonder dat het gevraagd wordt.</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to go on: </source>
        <translation>Typ &quot;ja&quot; om door te gaan: </translation>
    </message>
    <message>
        <source>Nothing was destroyed.</source>
        <translation>Er is niets vernietigd.</translation>
    </message>
    <message>
        <source>Destroy the case NUMBER (it must be due).</source>
        <translation>De casus NUMMER vernietigen (de vernietigingsdatum moet voorbij zijn).</translation>
    </message>
    <message>
        <source>Destroy every case that is due.</source>
        <translation>Iedere casus vernietigen waarvan de vernietigingsdatum voorbij is.</translation>
    </message>
    <message>
        <source>Do not ask before destroying.</source>
        <translation>Niet vragen voordat er vernietigd wordt.</translation>
    </message>
    <message>
        <source>List the closed cases past their destruction date, and destroy them: their personal data and every text are erased for good, the coded fields stay for the statistics. Without --destroy or --destroy-due nothing changes.</source>
        <translation>De afgesloten casussen tonen waarvan de vernietigingsdatum voorbij is, en ze vernietigen: hun persoonsgegevens en alle teksten worden voorgoed gewist, de gecodeerde velden blijven voor de statistiek. Zonder --destroy of --destroy-due verandert er niets.</translation>
    </message>
    <message>
        <source>Give --destroy NUMBER or --destroy-due, not both.</source>
        <translation>Geef --destroy NUMMER of --destroy-due, niet allebei.</translation>
    </message>
    <message>
        <source>Its personal data and every text (the intake, contact notes, referral notes, follow-ups) are erased for good; the type, dates, codes and hours stay for the statistics.</source>
        <translation>De persoonsgegevens en alle teksten (de intake, notities bij contactmomenten, notities bij verwijzingen, opvolgacties) worden voorgoed gewist; de soort, data, codes en uren blijven voor de statistiek.</translation>
    </message>
    <message>
        <source>There is no case %1 in this vault.</source>
        <translation>Er is geen casus %1 in deze kluis.</translation>
    </message>
    <message>
        <source>Destroy case %1?</source>
        <translation>Casus %1 vernietigen?</translation>
    </message>
    <message>
        <source>Case %1 was destroyed.</source>
        <translation>Casus %1 is vernietigd.</translation>
    </message>
    <message>
        <source>No case is past its destruction date.</source>
        <translation>Er is geen casus waarvan de vernietigingsdatum voorbij is.</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n case(s) past their destruction date?</source>
        <translation>
            <numerusform>%n casus vernietigen waarvan de vernietigingsdatum voorbij is?</numerusform>
            <numerusform>%n casussen vernietigen waarvan de vernietigingsdatum voorbij is?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) destroyed.</source>
        <translation>
            <numerusform>%n casus vernietigd.</numerusform>
            <numerusform>%n casussen vernietigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past their destruction date:</source>
        <translation>
            <numerusform>%n casus waarvan de vernietigingsdatum voorbij is:</numerusform>
            <numerusform>%n casussen waarvan de vernietigingsdatum voorbij is:</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Destruction date</source>
        <translation>Vernietigingsdatum</translation>
    </message>
    <message>
        <source>Destroy one with --destroy NUMBER, or all of them with --destroy-due.</source>
        <translation>Vernietig er een met --destroy NUMMER, of allemaal met --destroy-due.</translation>
    </message>
    <message>
        <source>Register the cases of a spreadsheet saved as CSV, all or nothing</source>
        <translation>Registreer de casussen uit een als CSV opgeslagen spreadsheet, alles of niets</translation>
    </message>
    <message>
        <source>Read the column and value mapping from FILE (written by --write-mapping, then edited).</source>
        <translation>Lees de koppeling van kolommen en waarden uit BESTAND (geschreven met --write-mapping en daarna aangepast).</translation>
    </message>
    <message>
        <source>Check every row and report; import nothing.</source>
        <translation>Controleer elke rij en meld de uitkomst; importeer niets.</translation>
    </message>
    <message>
        <source>Do not ask before importing.</source>
        <translation>Niet vragen voor het importeren.</translation>
    </message>
    <message>
        <source>Register the cases of a spreadsheet saved as CSV (comma or semicolon, UTF-8 or Windows-1252). Every row is checked first; the rows that cannot be taken are listed with the reason, and nothing is imported until every row is good.</source>
        <translation>Registreer de casussen uit een als CSV opgeslagen spreadsheet (komma of puntkomma, UTF-8 of Windows-1252). Eerst wordt elke rij gecontroleerd; de rijen die niet overgenomen kunnen worden staan in een lijst met de reden, en er wordt niets geïmporteerd zolang niet elke rij in orde is.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>BESTAND.csv</translation>
    </message>
    <message>
        <source>%1 with byte-order mark</source>
        <translation>%1 met byte-order mark</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 separated, %n row(s).</source>
        <translation>
            <numerusform>%1: %2, gescheiden door %3, %n rij.</numerusform>
            <numerusform>%1: %2, gescheiden door %3, %n rijen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolom %1)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>Fields no column fills: %1.</source>
        <translation>Velden die door geen kolom gevuld worden: %1.</translation>
    </message>
    <message>
        <source>The mapping was written to %1. Edit it, then run again with --mapping %1.</source>
        <translation>De koppeling is geschreven naar %1. Pas die aan en voer de opdracht daarna opnieuw uit met --mapping %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) can be imported.</source>
        <translation>
            <numerusform>%1 van %n rij kan geïmporteerd worden.</numerusform>
            <numerusform>%1 van %n rijen kunnen geïmporteerd worden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n rij kan niet geïmporteerd worden:</numerusform>
            <numerusform>%n rijen kunnen niet geïmporteerd worden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: %3</source>
        <translation>Rij %1, kolom &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Values that match no list item (map them with --write-mapping and --mapping):</source>
        <translation>Waarden die bij geen lijstitem passen (koppel ze met --write-mapping en --mapping):</translation>
    </message>
    <message numerus="yes">
        <source>(%n row(s))</source>
        <translation>
            <numerusform>(%n rij)</numerusform>
            <numerusform>(%n rijen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has column names but no rows below them.</source>
        <translation>Het bestand heeft kolomnamen, maar geen rijen daaronder.</translation>
    </message>
    <message>
        <source>Nothing was imported (a dry run).</source>
        <translation>Er is niets geïmporteerd (alleen gecontroleerd).</translation>
    </message>
    <message>
        <source>Nothing was imported. Add --yes to import without being asked.</source>
        <translation>Er is niets geïmporteerd. Voeg --yes toe om te importeren zonder dat ernaar gevraagd wordt.</translation>
    </message>
    <message numerus="yes">
        <source>Register %n case(s) in this vault?</source>
        <translation>
            <numerusform>%n casus in deze kluis registreren?</numerusform>
            <numerusform>%n casussen in deze kluis registreren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n case(s).</source>
        <translation>
            <numerusform>%n casus geregistreerd.</numerusform>
            <numerusform>%n casussen geregistreerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are closed.</source>
        <translation>
            <numerusform>Daarvan is er %n afgesloten.</numerusform>
            <numerusform>Daarvan zijn er %n afgesloten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the closed cases are already past their destruction date; &quot;baken-cli retention&quot; lists them.</source>
        <translation>
            <numerusform>%n van de afgesloten casussen is al over de vernietigingsdatum heen; &quot;baken-cli retention&quot; toont ze.</numerusform>
            <numerusform>%n van de afgesloten casussen zijn al over de vernietigingsdatum heen; &quot;baken-cli retention&quot; toont ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>The spreadsheet still holds these cases unencrypted: delete it (and any mapping file) once you no longer need it.</source>
        <translation>De spreadsheet bevat deze casussen nog onversleuteld: verwijder hem (en een eventueel koppelingsbestand) zodra u hem niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>(add the value to this list as a new item)</source>
        <translation>(de waarde als nieuw item aan deze lijst toevoegen)</translation>
    </message>
    <message>
        <source>Write the mapping to FILE, with every value that matches no list item marked &quot;?&quot; to fill in (a code of its list, &quot;&quot; for none, or &quot;+&quot; to add the value to the list), and import nothing.</source>
        <translation>Schrijf de koppeling naar BESTAND, met elke waarde die bij geen lijstitem past gemarkeerd met &quot;?&quot; om in te vullen (een code van de lijst, &quot;&quot; voor geen, of &quot;+&quot; om de waarde aan de lijst toe te voegen), en importeer niets.</translation>
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
        <translation>Gedragsvormen</translation>
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
    <message>
        <source>Outcomes</source>
        <translation>Uitkomsten</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Client organisations</source>
        <translation>Opdrachtgevers</translation>
    </message>
    <message>
        <source>Doubt-line staff</source>
        <translation>Medewerkers van de twijfellijn</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Adviezen</translation>
    </message>
    <message>
        <source>Group facilitators</source>
        <translation>Groepsbegeleiders</translation>
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
    <message>
        <source>The choice for &quot;%1&quot; is not in its list. Choose again.</source>
        <translation>De keuze voor &quot;%1&quot; staat niet in de bijbehorende lijst. Kies opnieuw.</translation>
    </message>
</context>
<context>
    <name>baken::ConsultationService</name>
    <message>
        <source>Give the date and time of the consultation.</source>
        <translation>Vul de datum en tijd van het consult in.</translation>
    </message>
    <message>
        <source>The date and time of the consultation lie in the future.</source>
        <translation>De datum en tijd van het consult liggen in de toekomst.</translation>
    </message>
    <message>
        <source>The duration must lie between 0 and %1 minutes.</source>
        <translation>De duur moet tussen 0 en %1 minuten liggen.</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>A contact of the kind &quot;%1&quot; holds no content. Log it as a consultation instead.</source>
        <translation>Een contact van de soort &quot;%1&quot; heeft geen inhoud. Leg het in plaats daarvan vast als consult.</translation>
    </message>
    <message>
        <source>Keep the question to %1 characters; the doubt line logs it in a few words.</source>
        <translation>Houd de vraag binnen %1 tekens; de twijfellijn legt die in een paar woorden vast.</translation>
    </message>
    <message>
        <source>caller role</source>
        <translation>rol van de beller</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>organisatieonderdeel</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>advies</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>onderwerpen</translation>
    </message>
    <message>
        <source>Choose the advice that was given.</source>
        <translation>Kies het advies dat is gegeven.</translation>
    </message>
    <message>
        <source>Advice is recorded only with the outcome &quot;%1&quot;.</source>
        <translation>Een advies wordt alleen vastgelegd bij de uitkomst &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose where the caller was referred to.</source>
        <translation>Kies waarnaar de beller is verwezen.</translation>
    </message>
    <message>
        <source>A referral is recorded only with the outcome &quot;%1&quot;.</source>
        <translation>Een verwijzing wordt alleen vastgelegd bij de uitkomst &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give a phone number or address for the callback.</source>
        <translation>Vul een telefoonnummer of adres in om terug te bellen.</translation>
    </message>
    <message>
        <source>Keep the callback contact to %1 characters: a phone number or an address.</source>
        <translation>Houd het contactgegeven om terug te bellen binnen %1 tekens: een telefoonnummer of een adres.</translation>
    </message>
    <message>
        <source>Give the date by which to call back.</source>
        <translation>Vul de datum in waarop uiterlijk moet worden teruggebeld.</translation>
    </message>
    <message>
        <source>The callback is due before the consultation took place.</source>
        <translation>De uiterste datum om terug te bellen ligt vóór de datum van het consult.</translation>
    </message>
    <message>
        <source>A contact detail is kept only when the caller wants a callback.</source>
        <translation>Een contactgegeven wordt alleen bewaard als de beller teruggebeld wil worden.</translation>
    </message>
    <message>
        <source>A new consultation has no case or completed callback yet.</source>
        <translation>Een nieuw consult heeft nog geen casus en is nog niet teruggebeld.</translation>
    </message>
    <message>
        <source>This consultation has no open callback.</source>
        <translation>Bij dit consult staat geen terugbelverzoek open.</translation>
    </message>
    <message>
        <source>A contact of the kind &quot;%1&quot; cannot become a case.</source>
        <translation>Van een contact van de soort &quot;%1&quot; kan geen casus worden gemaakt.</translation>
    </message>
    <message>
        <source>This consultation was already handed over; its case is still a draft.</source>
        <translation>Dit consult is al overgedragen; de casus is nog een concept.</translation>
    </message>
    <message>
        <source>This consultation was already handed over to case %1.</source>
        <translation>Dit consult is al overgedragen als casus %1.</translation>
    </message>
    <message>
        <source>That consultation no longer exists.</source>
        <translation>Dat consult bestaat niet meer.</translation>
    </message>
    <message>
        <source>referral body</source>
        <translation>instantie</translation>
    </message>
    <message>
        <source>Only a contact without content is logged this way; log a consultation in the form.</source>
        <translation>Zo wordt alleen een contact zonder inhoud vastgelegd; leg een consult vast in het formulier.</translation>
    </message>
</context>
<context>
    <name>baken::ConsultationTypes</name>
    <message>
        <source>Consultation</source>
        <translation>Consult</translation>
    </message>
    <message>
        <source>Silent call</source>
        <translation>Stille oproep</translation>
    </message>
    <message>
        <source>Discrimination: yes</source>
        <translation>Discriminatie: ja</translation>
    </message>
    <message>
        <source>Discrimination: possibly</source>
        <translation>Discriminatie: mogelijk</translation>
    </message>
    <message>
        <source>Discrimination: no</source>
        <translation>Discriminatie: nee</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Onduidelijk</translation>
    </message>
    <message>
        <source>Listened and explained</source>
        <translation>Geluisterd en uitgelegd</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Advies gegeven</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <source>Hang-up</source>
        <translation>Opgehangen</translation>
    </message>
    <message>
        <source>Abusive call</source>
        <translation>Scheldend gesprek</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Testoproep</translation>
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
    <message>
        <source>The vault could not be written to the disk. The disk may be full: free some space and try again. What was saved before is safe.</source>
        <translation>De kluis kon niet naar de schijf worden geschreven. Misschien is de schijf vol: maak ruimte vrij en probeer het opnieuw. Wat eerder is opgeslagen, is veilig.</translation>
    </message>
</context>
<context>
    <name>baken::GroupService</name>
    <message>
        <source>Give a pseudonym: the group knows people by the name they choose to use there.</source>
        <translation>Vul een pseudoniem in: in de groep is iedereen bekend onder een zelfgekozen naam.</translation>
    </message>
    <message>
        <source>Keep the pseudonym to %1 and the contact details to %2 characters.</source>
        <translation>Houd het pseudoniem binnen %1 tekens en de contactgegevens binnen %2 tekens.</translation>
    </message>
    <message>
        <source>Choose the case this person came from, or choose &quot;signed up themselves&quot;.</source>
        <translation>Kies de casus waaruit deze persoon kwam, of kies &quot;Zelf aangemeld&quot;.</translation>
    </message>
    <message>
        <source>Choose the consultation this person came from, or choose &quot;signed up themselves&quot;.</source>
        <translation>Kies het consult waaruit deze persoon kwam, of kies &quot;Zelf aangemeld&quot;.</translation>
    </message>
    <message>
        <source>Someone called &quot;%1&quot; is already in this group or waiting for it; choose another pseudonym.</source>
        <translation>Er staat al iemand met de naam &quot;%1&quot; in deze groep of op de wachtlijst; kies een ander pseudoniem.</translation>
    </message>
    <message>
        <source>The day they joined lies in the future.</source>
        <translation>De dag waarop de deelnemer in de groep kwam, ligt in de toekomst.</translation>
    </message>
    <message>
        <source>%1 already left the group.</source>
        <translation>%1 is al gestopt met de groep.</translation>
    </message>
    <message>
        <source>Give the day on which they left; it cannot lie in the future.</source>
        <translation>Vul de dag in waarop de deelnemer is gestopt; die kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>They cannot leave before they joined (%1).</source>
        <translation>De stopdatum kan niet vóór de dag liggen waarop de deelnemer in de groep kwam (%1).</translation>
    </message>
    <message>
        <source>Keep the reason to %1 characters: a few words, not the story.</source>
        <translation>Houd de reden binnen %1 tekens: een paar woorden, niet het hele verhaal.</translation>
    </message>
    <message>
        <source>%1 has not been offered a seat.</source>
        <translation>Aan %1 is geen plaats aangeboden.</translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation>Deze bijeenkomst is afgelast.</translation>
    </message>
    <message>
        <source>This session has not taken place yet.</source>
        <translation>Deze bijeenkomst heeft nog niet plaatsgevonden.</translation>
    </message>
    <message>
        <source>%1 was not in the group on %2.</source>
        <translation>%1 zat op %2 niet in de groep.</translation>
    </message>
    <message>
        <source>This task is already done.</source>
        <translation>Deze taak is al gedaan.</translation>
    </message>
    <message>
        <source>A score lies between 1 and 5.</source>
        <translation>Een score ligt tussen 1 en 5.</translation>
    </message>
    <message>
        <source>Only someone who took part can evaluate the series.</source>
        <translation>Alleen wie heeft deelgenomen, kan de reeks evalueren.</translation>
    </message>
    <message>
        <source>%1 already gave a score for this series; each participant scores once.</source>
        <translation>%1 heeft al een score gegeven voor deze reeks; elke deelnemer geeft maar één keer een score.</translation>
    </message>
    <message>
        <source>Give the group a theme, for example &quot;Racism at work&quot;.</source>
        <translation>Geef de groep een thema, bijvoorbeeld &quot;Racisme op het werk&quot;.</translation>
    </message>
    <message>
        <source>Keep the theme to %1 characters.</source>
        <translation>Houd het thema binnen %1 tekens.</translation>
    </message>
    <message>
        <source>Keep the description to %1 characters.</source>
        <translation>Houd de omschrijving binnen %1 tekens.</translation>
    </message>
    <message>
        <source>The number of seats must lie between 1 and %1.</source>
        <translation>Het aantal plaatsen moet tussen 1 en %1 liggen.</translation>
    </message>
    <message>
        <source>Keep the place and the online link to %1 characters each.</source>
        <translation>Houd de locatie en de onlinelink elk binnen %1 tekens.</translation>
    </message>
    <message>
        <source>The aftercare rule for missed sessions must lie between 0 (off) and %1 sessions.</source>
        <translation>De nazorgregel voor gemiste bijeenkomsten moet tussen 0 (uit) en %1 bijeenkomsten liggen.</translation>
    </message>
    <message>
        <source>The check-in after the series must lie between 0 (off) and %1 days.</source>
        <translation>Het nazorgcontact na de reeks moet tussen 0 (uit) en %1 dagen liggen.</translation>
    </message>
    <message>
        <source>facilitators</source>
        <translation>begeleiders</translation>
    </message>
    <message numerus="yes">
        <source>%n people have a seat in this group; lower the number of seats only after someone leaves.</source>
        <translation>
            <numerusform>%n persoon heeft een plaats in deze groep; verlaag het aantal plaatsen pas nadat er iemand is gestopt.</numerusform>
            <numerusform>%n personen hebben een plaats in deze groep; verlaag het aantal plaatsen pas nadat er iemand is gestopt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new schedule drops the session of %1, which already has attendance, a note or a change. Move or cancel single sessions instead.</source>
        <translation>In de nieuwe planning vervalt de bijeenkomst van %1, waarvoor al aanwezigheid, een notitie of een wijziging is vastgelegd. Verplaats of gelast liever losse bijeenkomsten af.</translation>
    </message>
    <message>
        <source>The group has no session on %1.</source>
        <translation>De groep heeft geen bijeenkomst op %1.</translation>
    </message>
    <message>
        <source>Attendance was taken for this session, so it took place; it cannot be cancelled.</source>
        <translation>Voor deze bijeenkomst is de aanwezigheid al vastgelegd, dus heeft ze plaatsgevonden; ze kan niet meer worden afgelast.</translation>
    </message>
    <message>
        <source>Keep the session note to %1 characters.</source>
        <translation>Houd de notitie bij de bijeenkomst binnen %1 tekens.</translation>
    </message>
    <message>
        <source>That group or participant no longer exists.</source>
        <translation>Die groep of deelnemer bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>baken::GroupTypes</name>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Elke twee weken</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <source>Signed up themselves</source>
        <translation>Zelf aangemeld</translation>
    </message>
    <message>
        <source>Referred from a case</source>
        <translation>Doorverwezen vanuit een casus</translation>
    </message>
    <message>
        <source>Referred from the doubt line</source>
        <translation>Doorverwezen vanuit de twijfellijn</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Seat offered</source>
        <translation>Plaats aangeboden</translation>
    </message>
    <message>
        <source>In the group</source>
        <translation>In de groep</translation>
    </message>
    <message>
        <source>Left the group</source>
        <translation>Gestopt met de groep</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Absent with notice</source>
        <translation>Afwezig met bericht</translation>
    </message>
    <message>
        <source>Absent without notice</source>
        <translation>Afwezig zonder bericht</translation>
    </message>
    <message>
        <source>Offer the free seat to the next person on the waiting list</source>
        <translation>De vrije plaats aanbieden aan de volgende op de wachtlijst</translation>
    </message>
    <message>
        <source>Check in: missed several sessions in a row</source>
        <translation>Nazorgcontact: meerdere bijeenkomsten achter elkaar gemist</translation>
    </message>
    <message>
        <source>Check in after the series has ended</source>
        <translation>Nazorgcontact na afloop van de reeks</translation>
    </message>
</context>
<context>
    <name>baken::HoursExport</name>
    <message>
        <source>Choose a month and a client organisation.</source>
        <translation>Kies een maand en een opdrachtgever.</translation>
    </message>
    <message>
        <source>The hours could not be written. Choose another place to save them.</source>
        <translation>De uren konden niet worden weggeschreven. Kies een andere plek om ze op te slaan.</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>casusnummer</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaal</translation>
    </message>
</context>
<context>
    <name>baken::Interchange</name>
    <message>
        <source>the contact lies in the future</source>
        <translation>het contact ligt in de toekomst</translation>
    </message>
    <message>
        <source>the referral date lies in the future</source>
        <translation>de datum van de verwijzing ligt in de toekomst</translation>
    </message>
    <message>
        <source>case details went to another body without the reporter&apos;s consent (&quot;sharesData&quot; is true, &quot;consent&quot; is false)</source>
        <translation>er zijn casusgegevens naar een andere instantie gegaan zonder toestemming van de melder (&quot;sharesData&quot; is true, &quot;consent&quot; is false)</translation>
    </message>
    <message>
        <source>a follow-up needs a description (&quot;title&quot;)</source>
        <translation>een opvolgactie moet een omschrijving hebben (&quot;title&quot;)</translation>
    </message>
    <message>
        <source>the date of the hours lies in the future</source>
        <translation>de datum van de uren ligt in de toekomst</translation>
    </message>
    <message>
        <source>the date of the consent lies in the future</source>
        <translation>de datum van de toestemming ligt in de toekomst</translation>
    </message>
    <message>
        <source>the intake date is missing or lies in the future</source>
        <translation>de intakedatum ontbreekt of ligt in de toekomst</translation>
    </message>
    <message>
        <source>the incident date lies after the intake date</source>
        <translation>de datum van het incident ligt na de intakedatum</translation>
    </message>
    <message>
        <source>the end of the incident period lies before its start</source>
        <translation>het einde van de periode van het incident ligt vóór het begin</translation>
    </message>
    <message>
        <source>a consent that was given needs the date on which it was given</source>
        <translation>bij een gegeven toestemming hoort de datum waarop die is gegeven</translation>
    </message>
    <message>
        <source>the identity is &quot;pseudonym&quot; but the pseudonym is empty</source>
        <translation>de identiteit is &quot;pseudonym&quot;, maar het pseudoniem is leeg</translation>
    </message>
    <message>
        <source>the consent to share names no body to share with</source>
        <translation>bij de toestemming om te delen ontbreekt de instantie waarmee gedeeld mag worden</translation>
    </message>
    <message>
        <source>a draft has status &quot;new&quot; and no outcome, measures, closing dates or status history</source>
        <translation>een concept heeft de status &quot;new&quot; en geen uitkomst, maatregelen, afsluit- of vernietigingsdatum of statusgeschiedenis</translation>
    </message>
    <message>
        <source>a closed case needs an outcome and at least one measure</source>
        <translation>een afgesloten casus moet een uitkomst en ten minste één maatregel hebben</translation>
    </message>
    <message>
        <source>a closed case needs a closing date that does not lie in the future</source>
        <translation>een afgesloten casus moet een afsluitdatum hebben die niet in de toekomst ligt</translation>
    </message>
    <message>
        <source>a closed case needs a destruction date on or after its closing date</source>
        <translation>een afgesloten casus moet een vernietigingsdatum hebben die op of na de afsluitdatum ligt</translation>
    </message>
    <message>
        <source>only a closed case has a closing date and a destruction date</source>
        <translation>alleen een afgesloten casus heeft een afsluitdatum en een vernietigingsdatum</translation>
    </message>
    <message>
        <source>&quot;statusHistory&quot; must start at registration (&quot;from&quot;: null) and end in the case&apos;s status</source>
        <translation>&quot;statusHistory&quot; moet beginnen bij de registratie (&quot;from&quot;: null) en eindigen bij de status van de casus</translation>
    </message>
    <message>
        <source>statusHistory[%1]: &quot;from&quot; is not the status that the change before it led to</source>
        <translation>statusHistory[%1]: &quot;from&quot; is niet de status waartoe de vorige wijziging leidde</translation>
    </message>
    <message>
        <source>draft case (cases[%1])</source>
        <translation>conceptcasus (cases[%1])</translation>
    </message>
    <message>
        <source>a draft has no number yet: &quot;number&quot; must be null</source>
        <translation>een concept heeft nog geen nummer: &quot;number&quot; moet null zijn</translation>
    </message>
    <message>
        <source>&quot;number&quot; must be a case number such as 2026-0042</source>
        <translation>&quot;number&quot; moet een casusnummer zijn, zoals 2026-0042</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>casus %1</translation>
    </message>
    <message>
        <source>a draft has no timeline, referrals, follow-ups or hours; those come after registration</source>
        <translation>een concept heeft geen tijdlijn, verwijzingen, opvolgacties of uren; die komen pas na de registratie</translation>
    </message>
    <message>
        <source>codeLists.%1: the item &quot;%2&quot; has the same name as the item &quot;%3&quot; that this vault already has</source>
        <translation>codeLists.%1: het item &quot;%2&quot; heeft dezelfde naam als het item &quot;%3&quot; dat al in deze kluis staat</translation>
    </message>
    <message>
        <source>must be an object with named fields</source>
        <translation>moet een object met benoemde velden zijn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this format version</source>
        <translation>&quot;%1&quot; is geen veld van deze formaatversie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be null</source>
        <translation>&quot;%1&quot; mag niet null zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; moet %2 zijn</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; is langer dan %2 tekens</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>&quot;%1&quot; moet tussen %2 en %3 liggen</translation>
    </message>
    <message>
        <source>a date written as YYYY-MM-DD</source>
        <translation>een datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>a date and time in ISO 8601 with a time zone, such as 2026-03-01T09:30:00.000Z</source>
        <translation>een datum en tijd volgens ISO 8601 met een tijdzone, zoals 2026-03-01T09:30:00.000Z</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object with named fields</source>
        <translation>een object met benoemde velden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2</source>
        <translation>&quot;%1&quot; moet een van deze waarden zijn: %2</translation>
    </message>
    <message>
        <source>a code from the list &quot;%1&quot;</source>
        <translation>een code uit de lijst &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the code &quot;%2&quot; is neither in this vault&apos;s list &quot;%3&quot; nor defined in the file</source>
        <translation>&quot;%1&quot;: de code &quot;%2&quot; staat niet in de lijst &quot;%3&quot; van deze kluis en is ook niet in het bestand gedefinieerd</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(geen tekst)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the code &quot;%2&quot; twice</source>
        <translation>&quot;%1&quot; noemt de code &quot;%2&quot; twee keer</translation>
    </message>
    <message>
        <source>The file is too large to be a Baken interchange file.</source>
        <translation>Het bestand is te groot voor een uitwisselingsbestand van Baken.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Het bestand is geen geldige JSON: %1 (bij teken %2).</translation>
    </message>
    <message>
        <source>This is not a Baken interchange file.</source>
        <translation>Dit is geen uitwisselingsbestand van Baken.</translation>
    </message>
    <message>
        <source>case %1: this vault already holds a case with that number; nothing was imported</source>
        <translation>casus %1: deze kluis bevat al een casus met dat nummer; er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be 1 to 64 lower-case letters, digits or underscores</source>
        <translation>&quot;code&quot; moet bestaan uit 1 tot 64 kleine letters, cijfers of lage streepjes</translation>
    </message>
    <message>
        <source>the item needs a name in Dutch and in English</source>
        <translation>het item moet een naam hebben in het Nederlands en in het Engels</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice in this list</source>
        <translation>de code &quot;%1&quot; komt twee keer voor in deze lijst</translation>
    </message>
    <message>
        <source>another item of this list has the same name</source>
        <translation>een ander item in deze lijst heeft dezelfde naam</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <source>This is not a Baken interchange file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Dit is geen uitwisselingsbestand van Baken (het &quot;format&quot; is niet &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1 on.</source>
        <translation>De &quot;version&quot; van het bestand moet een geheel getal van 1 of hoger zijn.</translation>
    </message>
    <message>
        <source>The file was written by a newer Baken (format version %1); this Baken reads version %2. Update Baken, then import it.</source>
        <translation>Het bestand is geschreven door een nieuwere versie van Baken (formaatversie %1); deze versie leest formaatversie %2. Werk Baken bij en importeer het bestand daarna.</translation>
    </message>
    <message>
        <source>the file holds two cases with this number</source>
        <translation>het bestand bevat twee casussen met dit nummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is personal data, which an interchange file never holds: names and contact details leave a vault only in the data-subject extract</source>
        <translation>&quot;%1&quot; bevat persoonsgegevens, en die horen nooit in een uitwisselingsbestand: namen en contactgegevens verlaten een kluis alleen in het inzageoverzicht</translation>
    </message>
    <message>
        <source>the consultation lies in the future</source>
        <translation>het consult ligt in de toekomst</translation>
    </message>
    <message>
        <source>a contact of the kind &quot;%1&quot; holds no content, no callback and no case</source>
        <translation>een contact van de soort &quot;%1&quot; heeft geen inhoud, geen terugbelverzoek en geen casus</translation>
    </message>
    <message>
        <source>&quot;advice&quot; is given exactly when &quot;outcome&quot; is &quot;advised&quot;</source>
        <translation>&quot;advice&quot; hoort erbij als &quot;outcome&quot; &quot;advised&quot; is, en anders niet</translation>
    </message>
    <message>
        <source>&quot;body&quot; is given exactly when &quot;outcome&quot; is &quot;referred&quot;</source>
        <translation>&quot;body&quot; hoort erbij als &quot;outcome&quot; &quot;referred&quot; is, en anders niet</translation>
    </message>
    <message>
        <source>a wanted callback needs its due date (&quot;callbackDue&quot;)</source>
        <translation>een gewenst terugbelverzoek moet een uiterste datum hebben (&quot;callbackDue&quot;)</translation>
    </message>
    <message>
        <source>the callback is due before the consultation took place</source>
        <translation>de uiterste datum om terug te bellen ligt vóór de datum van het consult</translation>
    </message>
    <message>
        <source>only a wanted callback has a due date or a completion time</source>
        <translation>alleen een gewenst terugbelverzoek heeft een uiterste datum of een tijdstip van afronding</translation>
    </message>
    <message>
        <source>a consultation is handed over to one case: &quot;case&quot; or &quot;draftCase&quot;, not both</source>
        <translation>een consult wordt aan één casus overgedragen: &quot;case&quot; of &quot;draftCase&quot;, niet allebei</translation>
    </message>
    <message>
        <source>&quot;case&quot;: the file holds no case %1</source>
        <translation>&quot;case&quot;: het bestand bevat geen casus %1</translation>
    </message>
    <message>
        <source>&quot;draftCase&quot;: cases[%1] is not a draft; name a registered case by its number</source>
        <translation>&quot;draftCase&quot;: cases[%1] is geen concept; verwijs naar een geregistreerde casus met het casusnummer</translation>
    </message>
    <message>
        <source>the guide has a second entry for the body &quot;%1&quot;</source>
        <translation>de wegwijzer beschrijft de instantie &quot;%1&quot; twee keer</translation>
    </message>
    <message>
        <source>a local time written as YYYY-MM-DDTHH:MM, without a time zone</source>
        <translation>een lokale tijd in de vorm JJJJ-MM-DDTUU:MM, zonder tijdzone</translation>
    </message>
    <message>
        <source>a cancelled session has no new time or place</source>
        <translation>een afgelaste bijeenkomst heeft geen nieuw tijdstip en geen nieuwe locatie</translation>
    </message>
    <message>
        <source>a second change for the session of %1</source>
        <translation>een tweede wijziging voor de bijeenkomst van %1</translation>
    </message>
    <message>
        <source>&quot;session&quot;: the series has no session at %1</source>
        <translation>&quot;session&quot;: de reeks heeft geen bijeenkomst op %1</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>de notitie is leeg</translation>
    </message>
    <message>
        <source>a second note for the session of %1</source>
        <translation>een tweede notitie voor de bijeenkomst van %1</translation>
    </message>
    <message>
        <source>only a participant with the source &quot;case&quot; links to a case</source>
        <translation>alleen een deelnemer met de bron &quot;case&quot; verwijst naar een casus</translation>
    </message>
    <message>
        <source>only a participant with the source &quot;consultation&quot; links to a consultation</source>
        <translation>alleen een deelnemer met de bron &quot;consultation&quot; verwijst naar een consult</translation>
    </message>
    <message>
        <source>a participant came from one case: &quot;case&quot; or &quot;draftCase&quot;, not both</source>
        <translation>een deelnemer komt uit één casus: &quot;case&quot; of &quot;draftCase&quot;, niet allebei</translation>
    </message>
    <message>
        <source>&quot;consultation&quot;: the file holds no consultations[%1]</source>
        <translation>&quot;consultation&quot;: het bestand bevat geen consultations[%1]</translation>
    </message>
    <message>
        <source>the participant needs a pseudonym</source>
        <translation>de deelnemer moet een pseudoniem hebben</translation>
    </message>
    <message>
        <source>the day of joining or leaving lies in the future</source>
        <translation>de begin- of stopdatum ligt in de toekomst</translation>
    </message>
    <message>
        <source>a member has a joining day and no leaving day or reason</source>
        <translation>een deelnemer in de groep heeft een begindatum en geen stopdatum of reden</translation>
    </message>
    <message>
        <source>someone waiting for a seat has no joining or leaving day and no reason</source>
        <translation>iemand die op een plaats wacht, heeft geen begin- of stopdatum en geen reden</translation>
    </message>
    <message>
        <source>someone who left has a leaving day, not before the joining day</source>
        <translation>iemand die is gestopt, heeft een stopdatum die niet vóór de begindatum ligt</translation>
    </message>
    <message>
        <source>only someone who took part can have evaluated the series</source>
        <translation>alleen wie heeft deelgenomen, kan de reeks hebben geëvalueerd</translation>
    </message>
    <message>
        <source>someone else in the group has the pseudonym &quot;%1&quot;</source>
        <translation>iemand anders in de groep heeft het pseudoniem &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 participants have a seat, more than the group&apos;s %2 seats</source>
        <translation>%1 deelnemers hebben een plaats, meer dan de %2 plaatsen van de groep</translation>
    </message>
    <message>
        <source>&quot;participant&quot;: participants[%1] never had a seat</source>
        <translation>&quot;participant&quot;: participants[%1] heeft nooit een plaats gehad</translation>
    </message>
    <message>
        <source>&quot;session&quot;: the series has no session at %1 that took place</source>
        <translation>&quot;session&quot;: de reeks heeft op %1 geen bijeenkomst die heeft plaatsgevonden</translation>
    </message>
    <message>
        <source>participants[%1] has a second record for this session</source>
        <translation>participants[%1] heeft een tweede aanwezigheidsregistratie voor deze bijeenkomst</translation>
    </message>
    <message>
        <source>&quot;participant&quot;: the group has no participants[%1]</source>
        <translation>&quot;participant&quot;: de groep heeft geen participants[%1]</translation>
    </message>
    <message>
        <source>&quot;evaluation&quot; must list five counts: how many gave the scores 1 to 5</source>
        <translation>&quot;evaluation&quot; moet vijf aantallen bevatten: hoeveel mensen de scores 1 tot en met 5 gaven</translation>
    </message>
    <message>
        <source>the evaluation holds %1 scores, but %2 participants are marked as having given one</source>
        <translation>de evaluatie bevat %1 scores, maar bij %2 deelnemers staat aangegeven dat ze een score hebben gegeven</translation>
    </message>
    <message>
        <source>the file holds two groups with the number %1</source>
        <translation>het bestand bevat twee groepen met het nummer %1</translation>
    </message>
    <message>
        <source>The export could not be written. The disk may be full, or the folder may not accept files: free some space or choose another folder.</source>
        <translation>De export kon niet worden geschreven. Misschien is de schijf vol, of neemt de map geen bestanden aan: maak ruimte vrij of kies een andere map.</translation>
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
    <name>baken::ReferralGuide</name>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Yes, anonymously</source>
        <translation>Ja, anoniem</translation>
    </message>
    <message>
        <source>Not anonymously</source>
        <translation>Niet anoniem</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Gedeeltelijk</translation>
    </message>
    <message>
        <source>That referral body does not exist.</source>
        <translation>Die verwijsinstantie bestaat niet.</translation>
    </message>
    <message>
        <source>The guide describes referral bodies only; &quot;%1&quot; is not one.</source>
        <translation>De wegwijzer beschrijft alleen verwijsinstanties; &quot;%1&quot; is dat niet.</translation>
    </message>
    <message>
        <source>A text in the guide may hold at most %1 characters.</source>
        <translation>Een tekst in de wegwijzer mag hoogstens %1 tekens bevatten.</translation>
    </message>
</context>
<context>
    <name>baken::RetentionService</name>
    <message>
        <source>Nothing was destroyed: Baken does not know how to erase %1. Update Baken and try again.</source>
        <translation>Er is niets vernietigd: Baken weet niet hoe %1 gewist moet worden. Werk Baken bij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This case was destroyed at the end of its retention period. Its personal data and texts are gone; it cannot be reopened or changed. Record anything new in a new case.</source>
        <translation>Deze casus is aan het eind van de bewaartermijn vernietigd. De persoonsgegevens en teksten zijn weg; de casus kan niet worden heropend of gewijzigd. Leg iets nieuws vast in een nieuwe casus.</translation>
    </message>
    <message>
        <source>There is no such case in this vault.</source>
        <translation>Deze casus bestaat niet in deze kluis.</translation>
    </message>
    <message>
        <source>Case %1 was already destroyed.</source>
        <translation>Casus %1 is al vernietigd.</translation>
    </message>
    <message>
        <source>Only a closed case whose retention period has ended can be destroyed; case %1 is not closed.</source>
        <translation>Alleen een afgesloten casus waarvan de bewaartermijn voorbij is, kan worden vernietigd; casus %1 is niet afgesloten.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(concept)</translation>
    </message>
    <message>
        <source>Case %1 is kept until %2; it cannot be destroyed before then.</source>
        <translation>Casus %1 wordt bewaard tot %2; hij kan niet eerder worden vernietigd.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal could not be emptied after erasing.</source>
        <translation>Het journaal van de kluis kon na het wissen niet worden leeggemaakt.</translation>
    </message>
</context>
<context>
    <name>baken::Schedules</name>
    <message>
        <source>This group cannot be put in a calendar yet. Save the group first.</source>
        <translation>Deze groep kan nog niet in een agenda worden gezet. Sla de groep eerst op.</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Het agendabestand kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>The sessions of this group could not be worked out from its schedule. Check the first session and the recurrence.</source>
        <translation>De bijeenkomsten van deze groep konden niet uit de planning worden afgeleid. Controleer de eerste bijeenkomst en hoe vaak de groep bijeenkomt.</translation>
    </message>
    <message>
        <source>Choose the date and time of the first session.</source>
        <translation>Kies de datum en tijd van de eerste bijeenkomst.</translation>
    </message>
    <message>
        <source>A session lasts at least 15 minutes and at most 12 hours.</source>
        <translation>Een bijeenkomst duurt minstens 15 minuten en hoogstens 12 uur.</translation>
    </message>
    <message>
        <source>The number of sessions must be at least 1.</source>
        <translation>Het aantal bijeenkomsten moet minstens 1 zijn.</translation>
    </message>
    <message>
        <source>Choose either the number of sessions or the date of the last session, not both.</source>
        <translation>Kies het aantal bijeenkomsten of de datum van de laatste bijeenkomst, niet allebei.</translation>
    </message>
    <message>
        <source>Choose how many sessions the group has, or the date of the last session.</source>
        <translation>Kies hoeveel bijeenkomsten de groep heeft, of de datum van de laatste bijeenkomst.</translation>
    </message>
    <message numerus="yes">
        <source>A series has at most %n sessions. Plan the sessions after that as a new series.</source>
        <translation>
            <numerusform>Een reeks heeft hoogstens %n bijeenkomst. Plan de bijeenkomsten daarna als een nieuwe reeks.</numerusform>
            <numerusform>Een reeks heeft hoogstens %n bijeenkomsten. Plan de bijeenkomsten daarna als een nieuwe reeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of the last session is before the first session.</source>
        <translation>De datum van de laatste bijeenkomst ligt vóór de eerste bijeenkomst.</translation>
    </message>
    <message numerus="yes">
        <source>Up to that last date the series would have more than %n sessions. Choose an earlier last date.</source>
        <translation>
            <numerusform>Tot die laatste datum zou de reeks meer dan %n bijeenkomst hebben. Kies een eerdere laatste datum.</numerusform>
            <numerusform>Tot die laatste datum zou de reeks meer dan %n bijeenkomsten hebben. Kies een eerdere laatste datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session is not part of the series, perhaps because the schedule has changed. Choose the session again.</source>
        <translation>Deze bijeenkomst hoort niet bij de reeks, misschien omdat de planning is gewijzigd. Kies de bijeenkomst opnieuw.</translation>
    </message>
    <message>
        <source>Give the session a new time or a new place, or cancel it.</source>
        <translation>Geef de bijeenkomst een nieuw tijdstip of een nieuwe locatie, of gelast de bijeenkomst af.</translation>
    </message>
</context>
<context>
    <name>baken::SignalBundling</name>
    <message>
        <source>Choose a period whose start lies before its end.</source>
        <translation>Kies een periode waarvan het begin vóór het einde ligt.</translation>
    </message>
</context>
<context>
    <name>baken::SubjectExtract</name>
    <message>
        <source>[name withheld]</source>
        <translation>[naam weggelaten]</translation>
    </message>
    <message>
        <source>What your confidential advisor keeps about you</source>
        <translation>Wat uw vertrouwenspersoon over u bewaart</translation>
    </message>
    <message>
        <source>This is a copy of the personal data that your confidential advisor keeps about you in case %1, which the right of access (article 15 of the GDPR) entitles you to. It holds what you reported, the consents you gave, the contacts you had, where your report was referred to and what was agreed with you. It leaves out what concerns other people, such as the name of the person your report is about and measures taken towards others, and the advisor&apos;s own administration (hours, internal tasks, the log of who opened the file).</source>
        <translation>Dit is een kopie van de persoonsgegevens die uw vertrouwenspersoon in casus %1 over u bewaart. U ontvangt deze kopie op grond van uw recht op inzage (artikel 15 van de AVG). Erin staat wat u hebt gemeld, welke toestemmingen u hebt gegeven, welke contacten u hebt gehad, waarnaar uw melding is doorverwezen en wat er met u is afgesproken. Weggelaten is wat over anderen gaat, zoals de naam van de persoon over wie uw melding gaat en maatregelen ten aanzien van anderen, en ook de eigen administratie van de vertrouwenspersoon (uren, interne taken, het logboek van wie het dossier heeft geopend).</translation>
    </message>
    <message>
        <source>(not yet registered)</source>
        <translation>(nog niet geregistreerd)</translation>
    </message>
    <message>
        <source>You may be contacted</source>
        <translation>U mag worden benaderd</translation>
    </message>
    <message>
        <source>Your report may be shared</source>
        <translation>Uw melding mag worden gedeeld</translation>
    </message>
    <message>
        <source>Your report may be bundled with similar reports</source>
        <translation>Uw melding mag worden gebundeld met vergelijkbare meldingen</translation>
    </message>
    <message>
        <source>The extract could not be written: %1</source>
        <translation>Het inzageoverzicht kon niet worden geschreven: %1</translation>
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
    <name>baken::VaultSettings</name>
    <message>
        <source>The retention period must lie between %1 and %2 months.</source>
        <translation>De bewaartermijn moet tussen %1 en %2 maanden liggen.</translation>
    </message>
    <message>
        <source>k must lie between %1 and %2: figures below %1 would let people be recognised.</source>
        <translation>k moet tussen %1 en %2 liggen: getallen onder %1 zouden mensen herkenbaar maken.</translation>
    </message>
</context>
<context>
    <name>baken::csv::Dates</name>
    <message>
        <source>&quot;%1&quot; is not a date Baken can read. Write it day first, for example 3-2-2019 or 3 februari 2019.</source>
        <translation>&quot;%1&quot; is geen datum die Baken kan lezen. Schrijf eerst de dag, bijvoorbeeld 3-2-2019 of 3 februari 2019.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day in the calendar. Check the day and the month.</source>
        <translation>&quot;%1&quot; is geen dag die in de kalender bestaat. Controleer de dag en de maand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; only makes sense month first (as in American dates); Baken reads dates day first. Write it as %2-%3-%4.</source>
        <translation>&quot;%1&quot; klopt alleen met de maand eerst (zoals in Amerikaanse datums); Baken leest datums met de dag eerst. Schrijf hem als %2-%3-%4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a spreadsheet day number, not a date. Format the column as a date in the spreadsheet and save the file again.</source>
        <translation>&quot;%1&quot; is een dagnummer van de spreadsheet, geen datum. Maak van de kolom in de spreadsheet een datumkolom en sla het bestand opnieuw op.</translation>
    </message>
</context>
<context>
    <name>baken::csv::Fields</name>
    <message>
        <source>Intake date</source>
        <translation>Intakedatum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Discriminatiegronden</translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation>Gedragsvormen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <source>Reporter&apos;s role</source>
        <translation>Rol van de melder</translation>
    </message>
    <message>
        <source>Role of the accused</source>
        <translation>Rol van de beschuldigde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Datum voorval</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Afsluitdatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
</context>
<context>
    <name>baken::csv::Importer</name>
    <message>
        <source>This row repeats row %1. Delete one of them, or make them differ if they are two cases.</source>
        <translation>Deze rij herhaalt rij %1. Verwijder een van beide, of maak ze verschillend als het twee casussen zijn.</translation>
    </message>
    <message>
        <source>The vault already holds this case (%1: the same intake date, type and description). Was this file imported before?</source>
        <translation>De kluis bevat deze casus al (%1: dezelfde intakedatum, soort en omschrijving). Is dit bestand al eerder geïmporteerd?</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>Het bestand bevat geen rijen om te importeren.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct or map them first.</source>
        <translation>
            <numerusform>%n rij kan niet geïmporteerd worden, dus er is niets geïmporteerd. Verbeter of koppel die eerst.</numerusform>
            <numerusform>%n rijen kunnen niet geïmporteerd worden, dus er is niets geïmporteerd. Verbeter of koppel die eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty, but every case needs this.</source>
        <translation>Leeg, maar elke casus heeft dit nodig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches no item of &quot;%2&quot;. Map it to one, or correct the cell.</source>
        <translation>&quot;%1&quot; past bij geen item van &quot;%2&quot;. Koppel het aan een item, of verbeter de cel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped to nothing, but every case needs this.</source>
        <translation>&quot;%1&quot; is aan niets gekoppeld, maar elke casus heeft dit nodig.</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; shorten it.</source>
        <translation>De tekst is langer dan %1 tekens; maak hem korter.</translation>
    </message>
    <message>
        <source>The case is closed, but the closing date is empty. Give the date it was closed.</source>
        <translation>De casus is afgesloten, maar de afsluitdatum is leeg. Vul de datum in waarop hij is afgesloten.</translation>
    </message>
    <message>
        <source>The case is closed, but the outcome is empty. Give the outcome.</source>
        <translation>De casus is afgesloten, maar de uitkomst is leeg. Vul de uitkomst in.</translation>
    </message>
    <message>
        <source>The closing date lies before the intake date.</source>
        <translation>De afsluitdatum ligt voor de intakedatum.</translation>
    </message>
    <message>
        <source>There is a closing date, but the status is &quot;%1&quot;. Clear the closing date or set the status to closed.</source>
        <translation>Er is een afsluitdatum, maar de status is &quot;%1&quot;. Maak de afsluitdatum leeg of zet de status op afgesloten.</translation>
    </message>
    <message>
        <source>There is an outcome, but the case is not closed. Clear the outcome or set the status to closed.</source>
        <translation>Er is een uitkomst, maar de casus is niet afgesloten. Maak de uitkomst leeg of zet de status op afgesloten.</translation>
    </message>
    <message>
        <source>This row has more cells than the file has column names: a text probably holds a %1 without quotation marks around it. Correct the row in the spreadsheet.</source>
        <translation>Deze rij heeft meer cellen dan het bestand kolomnamen heeft: waarschijnlijk staat er in een tekst een %1 zonder aanhalingstekens eromheen. Verbeter de rij in de spreadsheet.</translation>
    </message>
    <message>
        <source>The incident date lies after the intake date.</source>
        <translation>De datum van het voorval ligt na de intakedatum.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is given a column the file does not have.</source>
        <translation>Het veld &quot;%1&quot; is gekoppeld aan een kolom die het bestand niet heeft.</translation>
    </message>
    <message>
        <source>Choose the column for &quot;%1&quot;; every case needs it.</source>
        <translation>Kies de kolom voor &quot;%1&quot;; elke casus heeft dit nodig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of &quot;%2&quot; is mapped to &quot;%3&quot;, which is not a code of that list.</source>
        <translation>&quot;%1&quot; van &quot;%2&quot; is gekoppeld aan &quot;%3&quot;, maar dat is geen code van die lijst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of &quot;%2&quot; cannot be added: that list is fixed. Map it to one of its items.</source>
        <translation>&quot;%1&quot; van &quot;%2&quot; kan niet worden toegevoegd: die lijst ligt vast. Koppel de waarde aan een van de items.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be added to &quot;%2&quot;: %3</source>
        <translation>&quot;%1&quot; kan niet aan &quot;%2&quot; worden toegevoegd: %3</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was registered.</source>
        <translation>De import is gestopt. Er is niets geregistreerd.</translation>
    </message>
</context>
<context>
    <name>baken::csv::Mapping</name>
    <message>
        <source>The mapping file is not valid JSON: %1 (at character %2).</source>
        <translation>Het koppelingsbestand is geen geldige JSON: %1 (bij teken %2).</translation>
    </message>
    <message>
        <source>This is not a Baken mapping file.</source>
        <translation>Dit is geen koppelingsbestand van Baken.</translation>
    </message>
    <message>
        <source>This mapping file was written by another version of Baken; write a new one with --write-mapping.</source>
        <translation>Dit koppelingsbestand is door een andere versie van Baken geschreven; schrijf een nieuw met --write-mapping.</translation>
    </message>
    <message>
        <source>The mapping file names a field Baken does not know: &quot;%1&quot;.</source>
        <translation>Het koppelingsbestand noemt een veld dat Baken niet kent: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping file names the column &quot;%1&quot;, which this file does not have.</source>
        <translation>Het koppelingsbestand noemt de kolom &quot;%1&quot;, maar die heeft dit bestand niet.</translation>
    </message>
    <message>
        <source>The file has two columns named &quot;%1&quot;; give them different names in the spreadsheet.</source>
        <translation>Het bestand heeft twee kolommen met de naam &quot;%1&quot;; geef ze in de spreadsheet verschillende namen.</translation>
    </message>
    <message>
        <source>The mapping file gives the column &quot;%1&quot; to two fields: &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>Het koppelingsbestand koppelt de kolom &quot;%1&quot; aan twee velden: &quot;%2&quot; en &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The mapping file maps values of &quot;%1&quot;, which is not a field with a list.</source>
        <translation>Het koppelingsbestand koppelt waarden van &quot;%1&quot;, maar dat is geen veld met een lijst.</translation>
    </message>
    <message>
        <source>In the mapping file, the value &quot;%1&quot; of &quot;%2&quot; needs a code in quotes (&quot;&quot; to leave it empty).</source>
        <translation>In het koppelingsbestand heeft de waarde &quot;%1&quot; van &quot;%2&quot; een code tussen aanhalingstekens nodig (&quot;&quot; om het veld leeg te laten).</translation>
    </message>
</context>
<context>
    <name>baken::csv::Reader</name>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a spreadsheet of registrations is far smaller. Check that you chose the right file.</source>
        <translation>Het bestand is groter dan %1 MB; een spreadsheet met registraties is veel kleiner. Controleer of u het juiste bestand hebt gekozen.</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not. Save it again from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Het bestand zegt UTF-8 te zijn, maar bevat bytes die dat niet zijn. Sla het vanuit de spreadsheet opnieuw op als &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>This is not a text file. Save the spreadsheet as CSV and choose that file.</source>
        <translation>Dit is geen tekstbestand. Sla de spreadsheet op als CSV en kies dat bestand.</translation>
    </message>
    <message>
        <source>The file has more than %1 columns; it does not look like a list of registrations.</source>
        <translation>Het bestand heeft meer dan %1 kolommen; het lijkt niet op een lijst met registraties.</translation>
    </message>
    <message>
        <source>A quotation mark in row %1 is never closed, so the rest of the file would be one cell. The file may be cut off; save it again from the spreadsheet.</source>
        <translation>Een aanhalingsteken in rij %1 wordt nooit gesloten, waardoor de rest van het bestand één cel zou worden. Misschien is het bestand afgekapt; sla het vanuit de spreadsheet opnieuw op.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet gelezen worden: %2</translation>
    </message>
</context>
<context>
    <name>baken::rollup</name>
    <message>
        <source>The figures from %1 are incomplete (table %2); ask for a new package.</source>
        <translation>De cijfers van %1 zijn onvolledig (tabel %2); vraag om een nieuw pakket.</translation>
    </message>
    <message>
        <source>The package from %1 holds published figures; only exact figures can be combined.</source>
        <translation>Het pakket van %1 bevat gepubliceerde cijfers; alleen exacte aantallen kunnen worden samengevoegd.</translation>
    </message>
    <message>
        <source>The package from %1 covers %2, which does not lie within %3.</source>
        <translation>Het pakket van %1 beslaat %2, en dat ligt niet binnen %3.</translation>
    </message>
    <message>
        <source>%1 delivered two packages that both count %2; remove one of them before combining.</source>
        <translation>%1 heeft twee pakketten geleverd die allebei %2 tellen; verwijder er één voordat u samenvoegt.</translation>
    </message>
    <message>
        <source>No figures for %1 have been imported yet.</source>
        <translation>Er zijn nog geen cijfers voor %1 geïmporteerd.</translation>
    </message>
    <message>
        <source>The table %1 from %2 differs from the same table of another source; ask for packages made with the same version of Baken.</source>
        <translation>De tabel %1 van %2 verschilt van dezelfde tabel van een andere bron; vraag om pakketten die met dezelfde versie van Baken zijn gemaakt.</translation>
    </message>
    <message>
        <source>The roll-up keys in this vault are damaged. Packages cannot be made or opened.</source>
        <translation>De sleutels voor samengevoegde rapportages in deze kluis zijn beschadigd. Er kunnen geen pakketten worden gemaakt of geopend.</translation>
    </message>
    <message>
        <source>The roll-up keys could not be made.</source>
        <translation>De sleutels voor samengevoegde rapportages konden niet worden gemaakt.</translation>
    </message>
    <message>
        <source>This key block is damaged or mistyped. Ask the coordinator to send it again, or compare it character by character.</source>
        <translation>Dit sleutelblok is beschadigd of verkeerd overgenomen. Vraag de coördinator om het opnieuw te sturen, of vergelijk het teken voor teken.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>There is no coordinator key here. Paste the whole block, from the line with BEGIN to the line with END.</source>
        <translation>Hier staat geen sleutel van een coördinator. Plak het hele blok, van de regel met BEGIN tot en met de regel met END.</translation>
    </message>
    <message>
        <source>This package is damaged: its contents cannot be read.</source>
        <translation>Dit pakket is beschadigd: de inhoud kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>This package was made by another version of Baken and cannot be opened here.</source>
        <translation>Dit pakket is gemaakt door een andere versie van Baken en kan hier niet worden geopend.</translation>
    </message>
    <message>
        <source>Give a label that tells the coordinator who sends these figures.</source>
        <translation>Geef een label waaraan de coördinator ziet wie deze cijfers stuurt.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s key is not complete. Read the key block again.</source>
        <translation>De sleutel van de coördinator is niet volledig. Lees het sleutelblok opnieuw in.</translation>
    </message>
    <message>
        <source>The package could not be sealed.</source>
        <translation>Het pakket kon niet worden verzegeld.</translation>
    </message>
    <message>
        <source>This file is not a Baken roll-up package.</source>
        <translation>Dit bestand is geen pakket van Baken voor een samengevoegde rapportage.</translation>
    </message>
    <message>
        <source>This package is incomplete: the file was cut off.</source>
        <translation>Dit pakket is onvolledig: het bestand is afgebroken.</translation>
    </message>
    <message>
        <source>This package was sealed for another coordinator or has been altered.</source>
        <translation>Dit pakket is verzegeld voor een andere coördinator of is gewijzigd.</translation>
    </message>
    <message>
        <source>The signature does not match: the package was altered.</source>
        <translation>De handtekening klopt niet: het pakket is gewijzigd.</translation>
    </message>
    <message>
        <source>This package was made for another coordinator. Ask the sender to make it again with your key.</source>
        <translation>Dit pakket is gemaakt voor een andere coördinator. Vraag de afzender het opnieuw te maken met uw sleutel.</translation>
    </message>
    <message>
        <source>A newer package for this source and period is already imported (%1, %2).</source>
        <translation>Er is al een nieuwer pakket voor deze bron en periode geïmporteerd (%1, %2).</translation>
    </message>
    <message>
        <source>A package holds at most %1 months; make one package per year.</source>
        <translation>Een pakket bevat hoogstens %1 maanden; maak één pakket per jaar.</translation>
    </message>
    <message>
        <source>The package covers %1, not %2.</source>
        <translation>Het pakket beslaat %1, niet %2.</translation>
    </message>
    <message>
        <source>A package from %1 was made by an earlier version of Baken and can no longer be read; ask %1 for a new package.</source>
        <translation>Een pakket van %1 is gemaakt met een eerdere versie van Baken en kan niet meer worden gelezen; vraag %1 om een nieuw pakket.</translation>
    </message>
</context>
<context>
    <name>baken::summary</name>
    <message>
        <source>Ground</source>
        <translation>Discriminatiegrond</translation>
    </message>
    <message>
        <source>Cases by ground of discrimination</source>
        <translation>Casussen per discriminatiegrond</translation>
    </message>
    <message>
        <source>Form of behaviour</source>
        <translation>Gedragsvorm</translation>
    </message>
    <message>
        <source>Cases by form of behaviour</source>
        <translation>Casussen per gedragsvorm</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Cases by channel</source>
        <translation>Casussen per kanaal</translation>
    </message>
    <message>
        <source>Role of the reporter</source>
        <translation>Rol van de melder</translation>
    </message>
    <message>
        <source>Cases by role of the reporter</source>
        <translation>Casussen per rol van de melder</translation>
    </message>
    <message>
        <source>Role of the accused</source>
        <translation>Rol van de beschuldigde</translation>
    </message>
    <message>
        <source>Cases by role of the accused</source>
        <translation>Casussen per rol van de beschuldigde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <source>Cases by unit</source>
        <translation>Casussen per organisatieonderdeel</translation>
    </message>
    <message>
        <source>Measure taken</source>
        <translation>Genomen maatregel</translation>
    </message>
    <message>
        <source>Cases by measure taken</source>
        <translation>Casussen per genomen maatregel</translation>
    </message>
    <message>
        <source>Question or advice</source>
        <translation>Vraag of advies</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Report (integrity)</source>
        <translation>Melding (integriteit)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status at the end of the period</source>
        <translation>Status aan het einde van de periode</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casussen</translation>
    </message>
    <message>
        <source>Cases by month</source>
        <translation>Casussen per maand</translation>
    </message>
    <message>
        <source>Cases by type</source>
        <translation>Casussen per soort</translation>
    </message>
    <message>
        <source>Cases by status at the end of the period</source>
        <translation>Casussen per status aan het einde van de periode</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>Niet doorverwezen</translation>
    </message>
    <message>
        <source>Cases by referral</source>
        <translation>Casussen per doorverwijzing</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <source>Cases by unit and type</source>
        <translation>Casussen per organisatieonderdeel en soort</translation>
    </message>
    <message>
        <source>Cases by ground and type</source>
        <translation>Casussen per discriminatiegrond en soort</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Hours by activity</source>
        <translation>Uren per activiteit</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>The smallest number that may be shown must be from %1 to %2.</source>
        <translation>Het kleinste getal dat mag worden getoond, moet van %1 tot en met %2 zijn.</translation>
    </message>
    <message>
        <source>This summary has already been made anonymous. Make a new one from the vault to change its settings.</source>
        <translation>Deze samenvatting is al geanonimiseerd. Maak een nieuwe vanuit de kluis om de instellingen te wijzigen.</translation>
    </message>
    <message>
        <source>Discrimination: yes</source>
        <translation>Discriminatie: ja</translation>
    </message>
    <message>
        <source>Discrimination: possibly</source>
        <translation>Discriminatie: mogelijk</translation>
    </message>
    <message>
        <source>Discrimination: no</source>
        <translation>Discriminatie: nee</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Onduidelijk</translation>
    </message>
    <message>
        <source>Listened and explained</source>
        <translation>Geluisterd en uitgelegd</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Advies gegeven</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consult</translation>
    </message>
    <message>
        <source>Silent call</source>
        <translation>Stille oproep</translation>
    </message>
    <message>
        <source>Hang-up</source>
        <translation>Opgehangen</translation>
    </message>
    <message>
        <source>Abusive call</source>
        <translation>Scheldend gesprek</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Testoproep</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>consulten</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Consultations by month</source>
        <translation>Consulten per maand</translation>
    </message>
    <message>
        <source>Consultations by channel</source>
        <translation>Consulten per kanaal</translation>
    </message>
    <message>
        <source>Consultations by topic</source>
        <translation>Consulten per onderwerp</translation>
    </message>
    <message>
        <source>Consultations by assessment</source>
        <translation>Consulten per beoordeling</translation>
    </message>
    <message>
        <source>Was it discrimination?</source>
        <translation>Was het discriminatie?</translation>
    </message>
    <message>
        <source>Consultations by outcome</source>
        <translation>Consulten per uitkomst</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Role of the caller</source>
        <translation>Rol van de beller</translation>
    </message>
    <message>
        <source>Consultations by role of the caller</source>
        <translation>Consulten per rol van de beller</translation>
    </message>
    <message>
        <source>Contacts without content by kind</source>
        <translation>Contacten zonder inhoud per soort</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacten</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <source>The tables of this summary do not agree with each other, so it cannot be made anonymous safely.</source>
        <translation>De tabellen van deze samenvatting komen niet met elkaar overeen, dus kan ze niet veilig worden geanonimiseerd.</translation>
    </message>
    <message>
        <source>Groups with a session in the period</source>
        <translation>Groepen met een bijeenkomst in de periode</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Gehouden bijeenkomsten</translation>
    </message>
    <message>
        <source>Sessions cancelled</source>
        <translation>Afgelaste bijeenkomsten</translation>
    </message>
    <message>
        <source>Seats offered at the sessions held</source>
        <translation>Aangeboden plaatsen bij de gehouden bijeenkomsten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Keren aanwezig</translation>
    </message>
    <message>
        <source>Absent with notice</source>
        <translation>Afwezig met bericht</translation>
    </message>
    <message>
        <source>Absent without notice</source>
        <translation>Afwezig zonder bericht</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Evaluations of groups that ended, by score</source>
        <translation>Evaluaties van afgelopen groepen, per score</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>evaluaties</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <source>Peer-support groups</source>
        <translation>Lotgenotengroepen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>Give the period as a year (2026), a quarter (2026-Q2), a month (2026-03) or a range of months (2026-01..2026-06).</source>
        <translation>Geef de periode op als een jaar (2026), een kwartaal (2026-Q2), een maand (2026-03) of een reeks opeenvolgende maanden (2026-01..2026-06).</translation>
    </message>
    <message>
        <source>Give a year from 1900 on.</source>
        <translation>Geef een jaar vanaf 1900 op.</translation>
    </message>
    <message>
        <source>A year has four quarters: Q1 to Q4.</source>
        <translation>Een jaar heeft vier kwartalen: Q1 tot en met Q4.</translation>
    </message>
    <message>
        <source>A month is numbered from 01 to 12.</source>
        <translation>Een maand heeft een nummer van 01 tot en met 12.</translation>
    </message>
    <message>
        <source>Choose a period: a year, a quarter, a month or a range of months.</source>
        <translation>Kies een periode: een jaar, een kwartaal, een maand of een reeks opeenvolgende maanden.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Give the earliest month first.</source>
        <translation>De periode eindigt voordat ze begint. Geef de vroegste maand eerst op.</translation>
    </message>
    <message>
        <source>A period covers at most 10 years (120 months).</source>
        <translation>Een periode beslaat hoogstens 10 jaar (120 maanden).</translation>
    </message>
    <message>
        <source>Some figures of this summary cannot be hidden well enough. Choose a longer period or fewer tables.</source>
        <translation>Sommige getallen in deze samenvatting kunnen niet goed genoeg worden verborgen. Kies een langere periode of minder tabellen.</translation>
    </message>
    <message>
        <source>Choose a period whose start lies before its end.</source>
        <translation>Kies een periode waarvan het begin vóór het einde ligt.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>Geanonimiseerde samenvatting</translation>
    </message>
    <message>
        <source>Made by %1.</source>
        <translation>Gemaakt door %1.</translation>
    </message>
    <message>
        <source>Where a case can fall in more than one category (grounds, forms of behaviour, measures), the rows add up to more than the total.</source>
        <translation>Waar een casus in meer dan één categorie kan vallen (discriminatiegronden, gedragsvormen, maatregelen), tellen de rijen op tot meer dan het totaal.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Bestanden:</translation>
    </message>
    <message>
        <source>Figures from 1 to %1 are not published (k = %2), so that no small group of people can be recognised.</source>
        <translation>Getallen van 1 tot en met %1 worden niet gepubliceerd (k = %2), zodat geen kleine groep mensen herkenbaar is.</translation>
    </message>
    <message>
        <source>Further figures are left out wherever a figure that is not published could otherwise be worked out from the published figures and totals.</source>
        <translation>Daarnaast worden getallen weggelaten overal waar een niet-gepubliceerd getal anders uit de gepubliceerde getallen en totalen kan worden afgeleid.</translation>
    </message>
    <message>
        <source>No unit had fewer than %1 cases in the period; none was merged.</source>
        <translation>Geen organisatieonderdeel had minder dan %1 casussen in de periode; er is geen enkel onderdeel samengevoegd.</translation>
    </message>
    <message>
        <source>Units with fewer than %1 cases in the period are counted together as &quot;other units&quot;: %2.</source>
        <translation>Organisatieonderdelen met minder dan %1 casussen in de periode zijn samen geteld als &quot;overige organisatieonderdelen&quot;: %2.</translation>
    </message>
    <message>
        <source>Together the other units still had fewer than %1 cases, so their figures are not published either.</source>
        <translation>Samen hadden de overige organisatieonderdelen nog steeds minder dan %1 casussen, dus ook hun getallen worden niet gepubliceerd.</translation>
    </message>
    <message>
        <source>The summary holds counts only: no names, no free text, no case numbers and no dates finer than a month.</source>
        <translation>De samenvatting bevat alleen aantallen: geen namen, geen vrije tekst, geen casusnummers en geen datums die preciezer zijn dan de maand.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Other units</source>
        <translation>Overige organisatieonderdelen</translation>
    </message>
    <message>
        <source>The period %1 has not begun yet; choose one that has.</source>
        <translation>De periode %1 is nog niet begonnen; kies een periode die al begonnen is.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>In the tables, &quot;x&quot; marks a figure that is not published: from 1 to %1, or left out so that such a figure cannot be worked out.</source>
        <translation>In de tabellen staat &quot;x&quot; voor een getal dat niet gepubliceerd is: van 1 tot en met %1, of weggelaten zodat zo&apos;n getal niet kan worden afgeleid.</translation>
    </message>
    <message>
        <source>Sources and months: &quot;x&quot; where a source delivered figures for the month</source>
        <translation>Bronnen en maanden: &quot;x&quot; waar een bron cijfers voor de maand heeft geleverd</translation>
    </message>
    <message>
        <source>Made from the package of one source; the table &quot;Sources and months&quot; shows which months it delivered.</source>
        <translation>Gemaakt uit het pakket van één bron; de tabel &quot;Bronnen en maanden&quot; toont welke maanden die bron heeft geleverd.</translation>
    </message>
    <message>
        <source>Combined from %1 sources; these rules were applied to the combined figures. The table &quot;Sources and months&quot; shows which months each source delivered.</source>
        <translation>Samengevoegd uit %1 bronnen; deze regels zijn toegepast op de samengevoegde cijfers. De tabel &quot;Bronnen en maanden&quot; toont welke maanden elke bron heeft geleverd.</translation>
    </message>
</context>
<context>
    <name>baken::summary::ExactSummaryJson</name>
    <message>
        <source>Only the exact figures of one vault can be packaged. Nothing was saved.</source>
        <translation>Alleen de exacte aantallen van één kluis kunnen in een pakket worden gezet. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This holds a published summary, with figures suppressed. A roll-up needs the exact figures, to apply disclosure control to the combined ones.</source>
        <translation>Dit is een gepubliceerde samenvatting, met onderdrukte getallen. Een samengevoegde rapportage heeft de exacte aantallen nodig, om de kleine aantallen in de samengevoegde cijfers te kunnen verbergen.</translation>
    </message>
    <message>
        <source>These are not exact summary figures that this version of Baken can read.</source>
        <translation>Dit zijn geen exacte aantallen van een samenvatting die deze versie van Baken kan lezen.</translation>
    </message>
    <message>
        <source>The exact summary holds fields that are not part of its format.</source>
        <translation>De exacte samenvatting bevat velden die niet bij het formaat horen.</translation>
    </message>
    <message>
        <source>The exact summary does not say which program made it.</source>
        <translation>De exacte samenvatting vermeldt niet door welk programma ze is gemaakt.</translation>
    </message>
    <message>
        <source>The period of the exact summary is not valid.</source>
        <translation>De periode van de exacte samenvatting is niet geldig.</translation>
    </message>
    <message>
        <source>The exact summary has no tables.</source>
        <translation>De exacte samenvatting bevat geen tabellen.</translation>
    </message>
</context>
<context>
    <name>baken::summary::SummaryCsv</name>
    <message>
        <source>The zip archive could not be made: %1</source>
        <translation>Het zip-archief kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Only a published summary, with small figures suppressed, can be written to a file. The exact counts stay in the vault.</source>
        <translation>Alleen een gepubliceerde samenvatting, met onderdrukte kleine aantallen, kan naar een bestand worden geschreven. De exacte aantallen blijven in de kluis.</translation>
    </message>
</context>
<context>
    <name>baken::summary::SummaryExport</name>
    <message>
        <source>A PDF report is drawn by the Baken app itself.</source>
        <translation>Een PDF-rapport wordt door de Baken-app zelf gemaakt.</translation>
    </message>
</context>
<context>
    <name>baken::summary::SummaryJson</name>
    <message>
        <source>The table &quot;%1&quot; is incomplete and cannot be written. Nothing was saved.</source>
        <translation>De tabel &quot;%1&quot; is onvolledig en kan niet worden geschreven. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Only a published summary, with small figures suppressed, can be written to a file. The exact counts stay in the vault.</source>
        <translation>Alleen een gepubliceerde samenvatting, met onderdrukte kleine aantallen, kan naar een bestand worden geschreven. De exacte aantallen blijven in de kluis.</translation>
    </message>
    <message>
        <source>This file is not a valid Baken summary (at %1: %2).</source>
        <translation>Dit bestand is geen geldige samenvatting van Baken (bij %1: %2).</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>er werd een object verwacht</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>het veld &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not part of the format</source>
        <translation>het veld &quot;%1&quot; hoort niet bij het formaat</translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation>er werd een tekst verwacht</translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation>er werd true of false verwacht</translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation>er werd een geheel getal verwacht</translation>
    </message>
    <message>
        <source>a figure cannot be negative</source>
        <translation>een getal kan niet negatief zijn</translation>
    </message>
    <message>
        <source>a month such as 2026-03 was expected</source>
        <translation>er werd een maand verwacht, zoals 2026-03</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) were expected</source>
        <translation>
            <numerusform>er werd %n getal verwacht</numerusform>
            <numerusform>er werden %n getallen verwacht</numerusform>
        </translation>
    </message>
    <message>
        <source>a list of categories was expected</source>
        <translation>er werd een lijst met categorieën verwacht</translation>
    </message>
    <message>
        <source>&quot;cases&quot;, &quot;doubt_line&quot; or &quot;groups&quot; was expected</source>
        <translation>er werd &quot;cases&quot;, &quot;doubt_line&quot; of &quot;groups&quot; verwacht</translation>
    </message>
    <message>
        <source>one line of cells per row was expected</source>
        <translation>er werd één regel met cellen per rij verwacht</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>de periode eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>k lies between %1 and %2</source>
        <translation>k ligt tussen %1 en %2</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>er werd een lijst verwacht</translation>
    </message>
    <message>
        <source>This file is not a Baken summary.</source>
        <translation>Dit bestand is geen samenvatting van Baken.</translation>
    </message>
    <message>
        <source>This file is not a valid Baken summary: it has no format version.</source>
        <translation>Dit bestand is geen geldige samenvatting van Baken: er staat geen formaatversie in.</translation>
    </message>
    <message>
        <source>This summary was written by a newer version of Baken (format version %1). Update Baken to read it.</source>
        <translation>Deze samenvatting is geschreven door een nieuwere versie van Baken (formaatversie %1). Werk Baken bij om haar te lezen.</translation>
    </message>
    <message>
        <source>This file is not a valid Baken summary: it has no tables.</source>
        <translation>Dit bestand is geen geldige samenvatting van Baken: er staan geen tabellen in.</translation>
    </message>
    <message>
        <source>an exact summary holds every figure, none suppressed</source>
        <translation>een exacte samenvatting bevat elk getal, zonder dat er een is onderdrukt</translation>
    </message>
    <message>
        <source>a suppressed figure holds nothing but &quot;suppressed&quot;, never a value</source>
        <translation>een onderdrukt getal bevat niets anders dan &quot;suppressed&quot;, nooit een waarde</translation>
    </message>
    <message>
        <source>a suppressed figure says &quot;hidden&quot; and nothing else</source>
        <translation>een onderdrukt getal vermeldt &quot;hidden&quot; en verder niets</translation>
    </message>
    <message>
        <source>months of the period, oldest first, were expected</source>
        <translation>er werden de maanden van de periode verwacht, de oudste eerst</translation>
    </message>
</context>
<context>
    <name>baken::ui::AgendaPanel</name>
    <message>
        <source>Group sessions this week</source>
        <translation>Groepsbijeenkomsten deze week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Bijeenkomsten deze week</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgacties</translation>
    </message>
    <message>
        <source>The aftercare tasks could not be brought up to date: %1</source>
        <translation>De nazorgtaken konden niet worden bijgewerkt: %1</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>De bijeenkomsten konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Open the group to take attendance (click or Enter)</source>
        <translation>De groep openen om de aanwezigheid vast te leggen (klikken of Enter)</translation>
    </message>
    <message>
        <source>Open this group (click or Enter)</source>
        <translation>Deze groep openen (klikken of Enter)</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Verplaatst van %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group session(s) this week.</source>
        <translation>
            <numerusform>%n groepsbijeenkomst deze week.</numerusform>
            <numerusform>%n groepsbijeenkomsten deze week.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group sessions this week. The next one:</source>
        <translation>Geen groepsbijeenkomsten deze week. De volgende:</translation>
    </message>
    <message>
        <source>No group sessions this week.</source>
        <translation>Geen groepsbijeenkomsten deze week.</translation>
    </message>
    <message>
        <source>The peer-group sessions of this week; press Enter to open the group.</source>
        <translation>De bijeenkomsten van lotgenotengroepen deze week; druk op Enter om de groep te openen.</translation>
    </message>
</context>
<context>
    <name>baken::ui::AttendanceModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
</context>
<context>
    <name>baken::ui::AttendanceTab</name>
    <message>
        <source>Attendance of the members</source>
        <translation>Aanwezigheid van de deelnemers</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>Bijeenk&amp;omst:</translation>
    </message>
    <message>
        <source>&amp;Who was there:</source>
        <translation>&amp;Wie was er:</translation>
    </message>
    <message>
        <source>Press 1 for present, 2 for absent with notice, 3 for absent: the next member is selected. Space or a click ticks the column under the cursor. Missing sessions in a row creates a task to check in, as the group&apos;s aftercare rules say.</source>
        <translation>Druk op 1 voor aanwezig, 2 voor afwezig met bericht of 3 voor afwezig zonder bericht: daarna wordt de volgende deelnemer geselecteerd. Met de spatiebalk of een klik vinkt u de kolom onder de cursor aan. Mist iemand meerdere bijeenkomsten achter elkaar, dan komt er een taak voor een nazorgcontact, volgens de nazorgregels van de groep.</translation>
    </message>
    <message>
        <source>Session %1 – %2</source>
        <translation>Bijeenkomst %1 – %2</translation>
    </message>
    <message>
        <source>(no session has taken place yet)</source>
        <translation>(er heeft nog geen bijeenkomst plaatsgevonden)</translation>
    </message>
    <message>
        <source>Nobody was a member on the day of this session: people count from the day they joined.</source>
        <translation>Op de dag van deze bijeenkomst zat er niemand in de groep: deelnemers tellen mee vanaf de dag waarop ze in de groep kwamen.</translation>
    </message>
    <message>
        <source>The members and whether they came to the chosen session; press 1, 2 or 3 to record it.</source>
        <translation>De deelnemers en of ze bij de gekozen bijeenkomst waren; druk op 1, 2 of 3 om dat vast te leggen.</translation>
    </message>
    <message>
        <source>The session whose attendance is shown and recorded.</source>
        <translation>De bijeenkomst waarvan de aanwezigheid wordt getoond en vastgelegd.</translation>
    </message>
</context>
<context>
    <name>baken::ui::AuditEventText</name>
    <message>
        <source>Vault created</source>
        <translation>Kluis aangemaakt</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Kluis ontgrendeld</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <source>Vault key exported</source>
        <translation>Kluissleutel geëxporteerd</translation>
    </message>
    <message>
        <source>Vault exported</source>
        <translation>Kluis geëxporteerd</translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation>Gegevens geïmporteerd</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Instelling gewijzigd</translation>
    </message>
    <message>
        <source>Intake registered</source>
        <translation>Intake geregistreerd</translation>
    </message>
    <message>
        <source>Intake changed</source>
        <translation>Intake gewijzigd</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>Status van casus gewijzigd</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Casus afgesloten</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Casus heropend</translation>
    </message>
    <message>
        <source>Contact moment added</source>
        <translation>Contactmoment toegevoegd</translation>
    </message>
    <message>
        <source>Contact moment edited</source>
        <translation>Contactmoment gewijzigd</translation>
    </message>
    <message>
        <source>Referral recorded</source>
        <translation>Verwijzing vastgelegd</translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation>Opvolgactie toegevoegd</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Opvolgactie afgerond</translation>
    </message>
    <message>
        <source>Hours recorded</source>
        <translation>Uren vastgelegd</translation>
    </message>
    <message>
        <source>Subject access extract made</source>
        <translation>Inzageoverzicht gemaakt</translation>
    </message>
    <message>
        <source>Consultation logged</source>
        <translation>Consult vastgelegd</translation>
    </message>
    <message>
        <source>Consultation edited</source>
        <translation>Consult gewijzigd</translation>
    </message>
    <message>
        <source>Consultation handed over</source>
        <translation>Consult overgedragen</translation>
    </message>
    <message>
        <source>Call-back done</source>
        <translation>Teruggebeld</translation>
    </message>
    <message>
        <source>Group created</source>
        <translation>Groep aangemaakt</translation>
    </message>
    <message>
        <source>Group changed</source>
        <translation>Groep gewijzigd</translation>
    </message>
    <message>
        <source>Participant added</source>
        <translation>Deelnemer toegevoegd</translation>
    </message>
    <message>
        <source>Participant changed</source>
        <translation>Deelnemer gewijzigd</translation>
    </message>
    <message>
        <source>Participant left</source>
        <translation>Deelnemer gestopt</translation>
    </message>
    <message>
        <source>Seat accepted</source>
        <translation>Plaats aangenomen</translation>
    </message>
    <message>
        <source>Seat declined</source>
        <translation>Plaats afgeslagen</translation>
    </message>
    <message>
        <source>Attendance taken</source>
        <translation>Aanwezigheid vastgelegd</translation>
    </message>
    <message>
        <source>Session moved</source>
        <translation>Bijeenkomst verplaatst</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Bijeenkomst afgelast</translation>
    </message>
    <message>
        <source>Session restored</source>
        <translation>Bijeenkomst hersteld</translation>
    </message>
    <message>
        <source>Session note saved</source>
        <translation>Notitie bij bijeenkomst opgeslagen</translation>
    </message>
    <message>
        <source>Group task done</source>
        <translation>Groepstaak afgerond</translation>
    </message>
    <message>
        <source>Aftercare planned</source>
        <translation>Nazorg gepland</translation>
    </message>
    <message>
        <source>Group evaluated</source>
        <translation>Groep geëvalueerd</translation>
    </message>
    <message>
        <source>Code-list item added</source>
        <translation>Codelijstitem toegevoegd</translation>
    </message>
    <message>
        <source>Code-list item renamed</source>
        <translation>Naam van codelijstitem gewijzigd</translation>
    </message>
    <message>
        <source>Code-list item retired</source>
        <translation>Codelijstitem buiten gebruik gesteld</translation>
    </message>
    <message>
        <source>Code-list item restored</source>
        <translation>Codelijstitem weer in gebruik genomen</translation>
    </message>
    <message>
        <source>Code-list item deleted</source>
        <translation>Codelijstitem verwijderd</translation>
    </message>
    <message>
        <source>Referral guide changed</source>
        <translation>Wegwijzer gewijzigd</translation>
    </message>
    <message>
        <source>Anonymised summary exported</source>
        <translation>Geanonimiseerde samenvatting geëxporteerd</translation>
    </message>
    <message>
        <source>Roll-up key created</source>
        <translation>Sleutel voor samengevoegde rapportages aangemaakt</translation>
    </message>
    <message>
        <source>Roll-up package made</source>
        <translation>Pakket voor samengevoegde rapportage gemaakt</translation>
    </message>
    <message>
        <source>Roll-up package imported</source>
        <translation>Pakket voor samengevoegde rapportage geïmporteerd</translation>
    </message>
    <message>
        <source>Roll-up package replaced</source>
        <translation>Pakket voor samengevoegde rapportage vervangen</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Casus %1</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Opvolgactie %1</translation>
    </message>
    <message>
        <source>Consultation %1</source>
        <translation>Consult %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Deelnemer %1</translation>
    </message>
    <message>
        <source>Code-list item %1</source>
        <translation>Codelijstitem %1</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>Instelling %1</translation>
    </message>
    <message>
        <source>Case destroyed (retention)</source>
        <translation>Casus vernietigd (bewaartermijn)</translation>
    </message>
    <message>
        <source>Cases imported from a spreadsheet</source>
        <translation>Casussen geïmporteerd uit een spreadsheet</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baken::ui::AuditLogDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>The audit log could not be checked: %1</source>
        <translation>Het auditlog kon niet worden gecontroleerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: all %n entries are linked and unchanged since they were written.</source>
        <translation>
            <numerusform>Het auditlog is intact: de %n regel is niet gewijzigd sinds die werd geschreven.</numerusform>
            <numerusform>Het auditlog is intact: alle %n regels zijn met elkaar verbonden en niet gewijzigd sinds ze werden geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with at entry no. %1 (of %2 entries): that entry was changed after it was written, or the entry before it was removed. Entries from there on cannot be trusted. Keep this vault as it is, restore your latest backup to go on working, and report this to whoever manages your laptop.</source>
        <translation>Er is geknoeid met het auditlog bij regel nr. %1 (van %2 regels): die regel is gewijzigd nadat hij was geschreven, of de regel ervoor is verwijderd. Vanaf die regel zijn de regels niet meer te vertrouwen. Laat deze kluis zoals hij is, zet de nieuwste back-up terug om verder te werken en meld dit bij de beheerder van de laptop.</translation>
    </message>
</context>
<context>
    <name>baken::ui::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>baken::ui::BackupPanel</name>
    <message>
        <source>Folder for backups</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <source>Choos&amp;e folder…</source>
        <translation>Map &amp;kiezen…</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Geen back-ups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <source>When you lock or close the vault and something changed, Baken writes an encrypted backup to this folder, for example on a USB stick or a network drive. A backup opens only with the recovery key: keep the key apart from the backups.</source>
        <translation>Als er iets is gewijzigd, maakt Baken bij het vergrendelen of sluiten van de kluis een versleutelde back-up in deze map, bijvoorbeeld op een USB-stick of een netwerkmap. Een back-up opent alleen met de herstelsleutel: bewaar de sleutel apart van de back-ups.</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Back-upmap:</translation>
    </message>
    <message>
        <source>No folder chosen: no backups are written</source>
        <translation>Geen map gekozen: er worden geen back-ups gemaakt</translation>
    </message>
    <message>
        <source>Stop writing backups; the backups already written stay where they are.</source>
        <translation>Geen back-ups meer maken; de back-ups die er al zijn, blijven staan.</translation>
    </message>
    <message>
        <source>How man&amp;y to keep:</source>
        <translation>&amp;Hoeveel bewaren:</translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation> nieuwste back-ups</translation>
    </message>
    <message>
        <source>Older backups of this vault in the folder are deleted.</source>
        <translation>Oudere back-ups van deze kluis in de map worden verwijderd.</translation>
    </message>
    <message>
        <source>How many backups are kept</source>
        <translation>Hoeveel back-ups er worden bewaard</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Resultaat van de back-up</translation>
    </message>
    <message>
        <source>No backups are written from now on.</source>
        <translation>Vanaf nu worden er geen back-ups meer gemaakt.</translation>
    </message>
    <message>
        <source>Backups go to this folder from now on.</source>
        <translation>Back-ups komen vanaf nu in deze map.</translation>
    </message>
    <message>
        <source>Backup written and checked at %1: %2</source>
        <translation>Back-up om %1 gemaakt en gecontroleerd: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed.</source>
        <translation>
            <numerusform>%n oudere back-up verwijderd.</numerusform>
            <numerusform>%n oudere back-ups verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder Baken writes encrypted backups to, for example on a USB stick.</source>
        <translation>De map waarin Baken versleutelde back-ups schrijft, bijvoorbeeld op een USB-stick.</translation>
    </message>
    <message>
        <source>Opens a folder window to pick where the backups are written.</source>
        <translation>Opent een mapvenster om te kiezen waar de back-ups worden geschreven.</translation>
    </message>
    <message>
        <source>Writes an encrypted backup to the folder now, without waiting for the vault to lock.</source>
        <translation>Schrijft nu een versleutelde back-up naar de map, zonder te wachten tot de kluis wordt vergrendeld.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ButtonDescriptions</name>
    <message>
        <source>Accepts what you entered and closes this dialog.</source>
        <translation>Neemt over wat u hebt ingevuld en sluit dit venster.</translation>
    </message>
    <message>
        <source>Saves what you entered and closes this dialog.</source>
        <translation>Slaat op wat u hebt ingevuld en sluit dit venster.</translation>
    </message>
    <message>
        <source>Closes this dialog and changes nothing.</source>
        <translation>Sluit dit venster zonder iets te wijzigen.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Sluit dit venster.</translation>
    </message>
    <message>
        <source>Goes back to the previous step.</source>
        <translation>Gaat terug naar de vorige stap.</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Gaat verder naar de volgende stap.</translation>
    </message>
    <message>
        <source>Completes the last step and closes this window.</source>
        <translation>Rondt de laatste stap af en sluit dit venster.</translation>
    </message>
    <message>
        <source>Closes this window without finishing these steps.</source>
        <translation>Sluit dit venster zonder deze stappen af te ronden.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CallbackListModel</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>Consultation of %1</source>
        <translation>Consult van %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>Terugbellen op</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
</context>
<context>
    <name>baken::ui::CaseFileTab</name>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>baken::ui::CaseFileView</name>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Ti&amp;jdlijn</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Opvolging</translation>
    </message>
    <message>
        <source>Hour&amp;s</source>
        <translation>&amp;Uren</translation>
    </message>
    <message>
        <source>Referra&amp;ls</source>
        <translation>&amp;Verwijzingen</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Casus %1</translation>
    </message>
    <message>
        <source>%1 · %2 · intake %3</source>
        <translation>%1 · %2 · intake %3</translation>
    </message>
    <message>
        <source>Closed on %1 with outcome “%2”. The case file will be destroyed on %3.</source>
        <translation>Afgesloten op %1 met uitkomst “%2”. Het casusdossier wordt op %3 vernietigd.</translation>
    </message>
    <message>
        <source>subject-extract-%1</source>
        <translation>inzage-%1</translation>
    </message>
    <message>
        <source>Save data-subject extract</source>
        <translation>Inzageoverzicht opslaan</translation>
    </message>
    <message>
        <source>PDF, with a JSON file beside it (*.pdf)</source>
        <translation>Pdf, met een JSON-bestand ernaast (*.pdf)</translation>
    </message>
    <message>
        <source>Data-subject extract saved</source>
        <translation>Inzageoverzicht opgeslagen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The data-subject extract of case %1 was saved in %2 as %3 and %4.

Both files contain personal data. Give them only to the reporter, in a safe way, and delete your copies once they have them.</source>
        <translation>Het inzageoverzicht van casus %1 is in %2 opgeslagen als %3 en %4.

Beide bestanden bevatten persoonsgegevens. Geef ze alleen aan de melder, op een veilige manier, en verwijder uw eigen kopieën zodra de melder ze heeft.</translation>
    </message>
    <message>
        <source>Origin of the case</source>
        <translation>Herkomst van de casus</translation>
    </message>
    <message>
        <source>From a doubt-line consultation of %1</source>
        <translation>Voortgekomen uit een consult van %1 op de twijfellijn</translation>
    </message>
</context>
<context>
    <name>baken::ui::CaseListModel</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Niet geregistreerd</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>A follow-up of this case is overdue.</source>
        <translation>Een opvolgactie van deze casus is te laat.</translation>
    </message>
    <message>
        <source>An intake that was not registered yet. Open it to finish or discard it.</source>
        <translation>Een intake die nog niet is geregistreerd. Open de intake om deze af te ronden of te verwijderen.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Volgende opvolging</translation>
    </message>
</context>
<context>
    <name>baken::ui::CaseListPanel</name>
    <message>
        <source>Any status</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>Open (niet afgesloten)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>Any ground</source>
        <translation>Alle gronden</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Alle onderdelen</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Het overzicht kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baken::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De twee nieuwe wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Encrypts the vault again under the new passphrase; the old one stops working.</source>
        <translation>Versleutelt de kluis opnieuw met de nieuwe wachtwoordzin; de oude werkt daarna niet meer.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Casus afsluiten</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Casus afsluiten</translation>
    </message>
    <message>
        <source>(choose the outcome)</source>
        <translation>(kies de uitkomst)</translation>
    </message>
    <message numerus="yes">
        <source>Closing sets the destruction date to %1: %n month(s) after closing, the case file is destroyed and only its coded fields are kept for the statistics.</source>
        <translation>
            <numerusform>Door het afsluiten wordt de vernietigingsdatum %1: %n maand na het afsluiten wordt het casusdossier vernietigd en blijven alleen de gecodeerde velden bewaard voor de statistiek.</numerusform>
            <numerusform>Door het afsluiten wordt de vernietigingsdatum %1: %n maanden na het afsluiten wordt het casusdossier vernietigd en blijven alleen de gecodeerde velden bewaard voor de statistiek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closes the case with this outcome and sets its destruction date.</source>
        <translation>Sluit de casus af met deze uitkomst en legt de vernietigingsdatum vast.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CodeListEditor</name>
    <message>
        <source>Add to “%1”</source>
        <translation>Toevoegen aan “%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Naam van “%1” wijzigen</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Item verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” from the list? This cannot be undone.</source>
        <translation>“%1” uit de lijst verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CodeListModel</name>
    <message>
        <source>Retired</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Retired: no longer offered for new records, kept for old ones.</source>
        <translation>Buiten gebruik: niet meer te kiezen voor nieuwe gegevens, bewaard bij bestaande.</translation>
    </message>
    <message>
        <source>A standard item: it can be renamed or retired, not deleted.</source>
        <translation>Standaarditem: u kunt de naam wijzigen of het buiten gebruik stellen, maar niet verwijderen.</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>baken::ui::ConsultationForm</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Nieuw consult</translation>
    </message>
    <message>
        <source>Consultation of %1</source>
        <translation>Consult van %1</translation>
    </message>
    <message>
        <source>Handed over as case %1</source>
        <translation>Overgedragen als casus %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(concept)</translation>
    </message>
    <message>
        <source>Editing a saved consultation</source>
        <translation>U wijzigt een opgeslagen consult</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Wijzigingen nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Nothing to save yet. Fill in the consultation, or press %1 to %2 for a contact without content.</source>
        <translation>Er is nog niets om op te slaan. Vul het consult in, of druk op %1 tot en met %2 voor een contact zonder inhoud.</translation>
    </message>
    <message>
        <source>an e-mail address: %1</source>
        <translation>een e-mailadres: %1</translation>
    </message>
    <message>
        <source>a phone number: %1</source>
        <translation>een telefoonnummer: %1</translation>
    </message>
    <message>
        <source>a name: %1</source>
        <translation>een naam: %1</translation>
    </message>
    <message>
        <source>This may identify someone</source>
        <translation>Dit kan iemand herkenbaar maken</translation>
    </message>
    <message>
        <source>The question contains what looks like

%1

The doubt line is anonymous: the caller and the people they talk about should not be recognisable. A phone number for a callback belongs under “Callback wanted”, where it is erased once you have called back.</source>
        <translation>De vraag bevat iets wat lijkt op

%1

De twijfellijn is anoniem: de beller en de mensen over wie de beller vertelt, mogen niet herkenbaar zijn. Een telefoonnummer om terug te bellen hoort bij “Terugbellen gewenst”; daar wordt het gewist zodra u hebt teruggebeld.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Saved at %1. %2 makes it a case.</source>
        <translation>Opgeslagen om %1. Met %2 maakt u er een casus van.</translation>
    </message>
    <message>
        <source>Changes saved at %1</source>
        <translation>Wijzigingen opgeslagen om %1</translation>
    </message>
    <message>
        <source>%1 logged at %2</source>
        <translation>%1 – vastgelegd om %2</translation>
    </message>
    <message>
        <source>Start a new consultation</source>
        <translation>Nieuw consult beginnen</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Clear it and start a new consultation?</source>
        <translation>Wat u in dit formulier hebt getypt, is niet opgeslagen. Het formulier leegmaken en een nieuw consult beginnen?</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Formulier leegmaken</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Verder typen</translation>
    </message>
    <message>
        <source>Save the consultation first (%1), then make it a case.</source>
        <translation>Sla het consult eerst op (%1) en maak er dan een casus van.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>(choose advice)</source>
        <translation>(kies een advies)</translation>
    </message>
    <message>
        <source>(choose a body)</source>
        <translation>(kies een instantie)</translation>
    </message>
    <message>
        <source>Called back on %1; the contact detail was erased</source>
        <translation>Teruggebeld op %1; het contactgegeven is gewist</translation>
    </message>
    <message>
        <source>Phone number or address; erased when the callback is done</source>
        <translation>Telefoonnummer of adres; wordt gewist zodra er is teruggebeld</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>Nog %n teken over</numerusform>
            <numerusform>Nog %n tekens over</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save this consultation and clear the form for the next caller</source>
        <translation>Dit consult opslaan en het formulier leegmaken voor de volgende beller</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Opslaan (%1)</translation>
    </message>
    <message>
        <source>Start or stop the timer that fills the duration</source>
        <translation>De timer starten of stoppen die de duur invult</translation>
    </message>
    <message>
        <source>Show the referral guide for the chosen body</source>
        <translation>De wegwijzer voor de gekozen instantie tonen</translation>
    </message>
    <message>
        <source>Guide (%1)</source>
        <translation>Wegwijzer (%1)</translation>
    </message>
    <message>
        <source>Clear the form for the next caller</source>
        <translation>Het formulier leegmaken voor de volgende beller</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nieuw (%1)</translation>
    </message>
    <message>
        <source>Hand this consultation over to a confidential advisor as a draft case</source>
        <translation>Dit consult als conceptcasus overdragen aan een vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Log a contact without content now: %1 (%2)</source>
        <translation>Nu een contact zonder inhoud vastleggen: %1 (%2)</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>baken::ui::ConsultationListModel</name>
    <message>
        <source>Referred to %1</source>
        <translation>Verwezen naar %1</translation>
    </message>
    <message>
        <source>Handed over as case %1</source>
        <translation>Overgedragen als casus %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(concept)</translation>
    </message>
    <message>
        <source>Callback due %1</source>
        <translation>Uiterlijk %1 terugbellen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Possibly</source>
        <translation>Mogelijk</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Onduidelijk</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Discrimination?</source>
        <translation>Discriminatie?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
</context>
<context>
    <name>baken::ui::ContactDialog</name>
    <message>
        <source>Edit contact moment</source>
        <translation>Contactmoment wijzigen</translation>
    </message>
    <message>
        <source>Add contact moment</source>
        <translation>Contactmoment toevoegen</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>Saves the contact moment in the vault.</source>
        <translation>Slaat het contactmoment op in de kluis.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CreateVaultWizard</name>
    <message>
        <source>Create a new vault</source>
        <translation>Nieuwe kluis maken</translation>
    </message>
    <message>
        <source>Creates the encrypted vault with this passphrase and recovery key.</source>
        <translation>Maakt de versleutelde kluis met deze wachtwoordzin en herstelsleutel.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvCheckPage</name>
    <message>
        <source>&amp;Read the file again</source>
        <translation>Bestand opnieuw &amp;lezen</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Koppeling op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>Koppeling &amp;laden…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Rows that cannot be imported (click a heading to sort):</source>
        <translation>Rijen die niet geïmporteerd kunnen worden (klik op een kop om te sorteren):</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Rijen die niet geïmporteerd kunnen worden</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>After you corrected the spreadsheet and saved it as CSV again</source>
        <translation>Nadat u de spreadsheet hebt verbeterd en opnieuw als CSV hebt opgeslagen</translation>
    </message>
    <message>
        <source>Keep the columns and values chosen here in a file, to use them again later</source>
        <translation>Bewaar de hier gekozen kolommen en waarden in een bestand, om ze later opnieuw te gebruiken</translation>
    </message>
    <message>
        <source>Use the columns and values of a mapping file saved earlier</source>
        <translation>Gebruik de kolommen en waarden uit een eerder opgeslagen koppelingsbestand</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>The rows cannot be checked.</source>
        <translation>De rijen kunnen niet gecontroleerd worden.</translation>
    </message>
    <message>
        <source>The columns are not complete yet, so no row can be checked.</source>
        <translation>De kolommen zijn nog niet compleet, dus er kan geen rij gecontroleerd worden.</translation>
    </message>
    <message>
        <source>Go back to Columns or Values, or load a mapping file that fits.</source>
        <translation>Ga terug naar Kolommen of Waarden, of laad een koppelingsbestand dat past.</translation>
    </message>
    <message>
        <source>The file has column names but no rows below them.</source>
        <translation>Het bestand heeft kolomnamen, maar geen rijen daaronder.</translation>
    </message>
    <message>
        <source>Choose the file that holds the registrations.</source>
        <translation>Kies het bestand met de registraties.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) can be imported.</source>
        <translation>
            <numerusform>De %Ln rij kan geïmporteerd worden.</numerusform>
            <numerusform>Alle %Ln rijen kunnen geïmporteerd worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click Import to register them as cases. Until then nothing is written to the vault.</source>
        <translation>Klik op Importeren om ze als casussen te registreren. Tot dan wordt er niets in de kluis geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s) can be imported; %2 cannot.</source>
        <translation>
            <numerusform>%1 van %Ln rij kan geïmporteerd worden; %2 niet.</numerusform>
            <numerusform>%1 van %Ln rijen kunnen geïmporteerd worden; %2 niet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baken imports all rows or none, so Import stays off until every row can be taken. Correct the rows below in the spreadsheet, save it as CSV again and click &quot;Read the file again&quot;; or go back to choose other columns, or an item for a value.</source>
        <translation>Baken importeert alle rijen of geen enkele, dus Importeren blijft uit tot elke rij overgenomen kan worden. Verbeter de rijen hieronder in de spreadsheet, sla die opnieuw op als CSV en klik op &quot;Bestand opnieuw lezen&quot;; of ga terug om andere kolommen te kiezen, of een item voor een waarde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) of list columns still have no item: choose them in the Values step.</source>
        <translation>
            <numerusform>%Ln waarde in lijstkolommen heeft nog geen item: kies dat in de stap Waarden.</numerusform>
            <numerusform>%Ln waarden in lijstkolommen hebben nog geen item: kies die in de stap Waarden.</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>(de hele rij)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Er is niets geïmporteerd. %1</translation>
    </message>
    <message>
        <source>The file cannot be read again. %1</source>
        <translation>Het bestand kan niet opnieuw gelezen worden. %1</translation>
    </message>
    <message numerus="yes">
        <source>The file was read again: %Ln row(s).</source>
        <translation>
            <numerusform>Het bestand is opnieuw gelezen: %Ln rij.</numerusform>
            <numerusform>Het bestand is opnieuw gelezen: %Ln rijen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was saved to %1. Like the spreadsheet, it is not encrypted: delete it when the import is done.</source>
        <translation>De koppeling is opgeslagen in %1. Net als de spreadsheet is die niet versleuteld: verwijder hem als het importeren klaar is.</translation>
    </message>
    <message>
        <source>This mapping cannot be used. %1</source>
        <translation>Deze koppeling kan niet gebruikt worden. %1</translation>
    </message>
    <message>
        <source>The columns and values of %1 are used now.</source>
        <translation>De kolommen en waarden uit %1 worden nu gebruikt.</translation>
    </message>
    <message>
        <source>Every row of the file that cannot be imported, with its column and the reason; correct them in the spreadsheet, or map their values in the previous step.</source>
        <translation>Elke rij van het bestand die niet geïmporteerd kan worden, met de kolom en de reden; verbeter ze in de spreadsheet, of koppel hun waarden in de vorige stap.</translation>
    </message>
    <message>
        <source>S&amp;top the import</source>
        <translation>Import sto&amp;ppen</translation>
    </message>
    <message>
        <source>How far the import is: first every row is checked again, then every case is registered.</source>
        <translation>Hoe ver de import is: eerst wordt elke rij opnieuw gecontroleerd, dan wordt elke casus geregistreerd.</translation>
    </message>
    <message>
        <source>Stops the import; nothing of the file is registered</source>
        <translation>Stopt de import; er wordt niets uit het bestand geregistreerd</translation>
    </message>
    <message>
        <source>Stops the running import. The import is all or nothing: once stopped, no case of the file is registered and the vault stays as it was.</source>
        <translation>Stopt de lopende import. De import is alles of niets: na het stoppen is geen casus uit het bestand geregistreerd en blijft de kluis zoals hij was.</translation>
    </message>
    <message>
        <source>Stopping the import… Nothing of the file will be registered.</source>
        <translation>De import wordt gestopt… Er wordt niets uit het bestand geregistreerd.</translation>
    </message>
    <message numerus="yes">
        <source>Registering %Ln case(s)… Keep Baken open until this is done, or stop the import.</source>
        <translation>
            <numerusform>%Ln casus registreren… Houd Baken open tot dit klaar is, of stop de import.</numerusform>
            <numerusform>%Ln casussen registreren… Houd Baken open tot dit klaar is, of stop de import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvColumnsPage</name>
    <message>
        <source>(column %1)</source>
        <translation>(kolom %1)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Baken guessed from the column names which column fills which field. Check each one; a field the file does not have stays empty. Names and contact details are never taken from a spreadsheet.</source>
        <translation>Baken heeft aan de kolomnamen afgelezen welke kolom welk veld vult. Controleer ze een voor een; een veld dat het bestand niet heeft, blijft leeg. Namen en contactgegevens worden nooit uit een spreadsheet overgenomen.</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (verplicht):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Column for %1, required</source>
        <translation>Kolom voor %1, verplicht</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Kolom voor %1</translation>
    </message>
    <message>
        <source>&amp;Preview: the first rows as Baken will store them. A red cell cannot be taken as it is; point at it to read why.</source>
        <translation>&amp;Voorbeeld: de eerste rijen zoals Baken ze zal opslaan. Een rode cel kan niet worden overgenomen zoals hij is; wijs hem aan om te lezen waarom.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Voorbeeld van de eerste rijen</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>Choose the column for &quot;%1&quot;: every case needs it.</source>
        <translation>Kies de kolom voor &quot;%1&quot;: elke casus heeft dit nodig.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>The column of the file whose cells become the case&apos;s %1; &quot;(not in the file)&quot; leaves it empty.</source>
        <translation>De kolom van het bestand waarvan de cellen het veld &quot;%1&quot; van de casus worden; &quot;(niet in het bestand)&quot; laat het leeg.</translation>
    </message>
    <message>
        <source>The first rows of the file as Baken will store them, a column per field; a red cell cannot be taken, and its tool tip says why.</source>
        <translation>De eerste rijen van het bestand zoals Baken ze zal opslaan, een kolom per veld; een rode cel kan niet worden overgenomen, en de tooltip zegt waarom.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvDonePage</name>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <source>Registered %Ln case(s).</source>
        <translation>
            <numerusform>%Ln casus geregistreerd.</numerusform>
            <numerusform>%Ln casussen geregistreerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are closed.</source>
        <translation>
            <numerusform>Daarvan is er %Ln afgesloten.</numerusform>
            <numerusform>Daarvan zijn er %Ln afgesloten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the closed cases are already past their destruction date; File &gt; Retention lists them.</source>
        <translation>
            <numerusform>%Ln van de afgesloten casussen is al over de vernietigingsdatum heen; Bestand &gt; Bewaartermijn toont ze.</numerusform>
            <numerusform>%Ln van de afgesloten casussen zijn al over de vernietigingsdatum heen; Bestand &gt; Bewaartermijn toont ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>The spreadsheet still holds these cases unencrypted: %1
Delete it now that they are in the vault, and the mapping file too if you saved one; then empty the wastebasket.</source>
        <translation>De spreadsheet bevat deze casussen nog onversleuteld: %1
Verwijder hem nu ze in de kluis staan, en ook het koppelingsbestand als u dat hebt opgeslagen; leeg daarna de prullenbak.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvFilePage</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Kies de spreadsheet</translation>
    </message>
    <message>
        <source>&lt;p&gt;Baken can take over the registrations you kept in a spreadsheet. It needs the spreadsheet saved as a &lt;b&gt;CSV file&lt;/b&gt;: the table as plain text, one row per line, the first row holding the column names.&lt;/p&gt;&lt;p&gt;In Excel choose File &amp;gt; Save as, and as the type &quot;CSV (separated by semicolons)&quot; or &quot;CSV UTF-8&quot;. In LibreOffice Calc choose File &amp;gt; Save as, and as the type &quot;Text CSV (.csv)&quot;.&lt;/p&gt;&lt;p&gt;Baken only reads the file. Nothing is registered until the last step, after you have seen how every row will be taken.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Baken kan de registraties overnemen die u in een spreadsheet bijhield. Daarvoor moet de spreadsheet opgeslagen zijn als &lt;b&gt;CSV-bestand&lt;/b&gt;: de tabel als platte tekst, één rij per regel, met in de eerste rij de kolomnamen.&lt;/p&gt;&lt;p&gt;Kies in Excel Bestand &amp;gt; Opslaan als, en als type &quot;CSV (gescheiden door lijstscheidingsteken)&quot; of &quot;CSV UTF-8&quot;. Kies in LibreOffice Calc Bestand &amp;gt; Opslaan als, en als type &quot;Tekst CSV (.csv)&quot;.&lt;/p&gt;&lt;p&gt;Baken leest het bestand alleen. Er wordt niets geregistreerd tot de laatste stap, nadat u hebt gezien hoe elke rij wordt overgenomen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Spreadsheetbestand</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Nog geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose the spreadsheet file</source>
        <translation>Kies het spreadsheetbestand</translation>
    </message>
    <message>
        <source>This file cannot be used. %1</source>
        <translation>Dit bestand kan niet gebruikt worden. %1</translation>
    </message>
    <message>
        <source>%1 with byte-order mark</source>
        <translation>%1 met byte-order mark</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln row(s) and %1 columns; separator: %2; encoding: %3.</source>
        <translation>
            <numerusform>%Ln rij en %1 kolommen gelezen; scheidingsteken: %2; codering: %3.</numerusform>
            <numerusform>%Ln rijen en %1 kolommen gelezen; scheidingsteken: %2; codering: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has column names but no rows below them. Choose the file that holds the registrations.</source>
        <translation>Het bestand heeft kolomnamen, maar geen rijen daaronder. Kies het bestand met de registraties.</translation>
    </message>
    <message>
        <source>Opens a spreadsheet saved as CSV from this computer; nothing is imported until the last step.</source>
        <translation>Opent een als CSV opgeslagen spreadsheet van deze computer; er wordt pas bij de laatste stap iets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importeren uit een spreadsheet</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Kies eerst een bestand.</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Kies de spreadsheet</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Koppeling opslaan</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Koppelingsbestanden (*.json)</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Koppeling laden</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Koppelingsbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvValuesPage</name>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>The values cannot be checked. %1</source>
        <translation>De waarden kunnen niet gecontroleerd worden. %1</translation>
    </message>
    <message>
        <source>Every value in the list columns matches an item of Baken&apos;s lists, so there is nothing to choose here. Click Next to check every row.</source>
        <translation>Elke waarde in de lijstkolommen past bij een item uit de lijsten van Baken, dus hier valt niets te kiezen. Klik op Volgende om elke rij te controleren.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Waarde in het bestand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Baken item</source>
        <translation>Item in Baken</translation>
    </message>
    <message>
        <source>(choose an item)</source>
        <translation>(kies een item)</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Leeg laten</translation>
    </message>
    <message>
        <source>Item for %1 &quot;%2&quot;</source>
        <translation>Item voor %1 &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) hold this value.</source>
        <translation>
            <numerusform>%Ln rij heeft deze waarde.</numerusform>
            <numerusform>%Ln rijen hebben deze waarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value has an item. Click Next to check every row.</source>
        <translation>Elke waarde heeft een item. Klik op Volgende om elke rij te controleren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) still without an item.</source>
        <translation>
            <numerusform>%Ln waarde heeft nog geen item.</numerusform>
            <numerusform>%Ln waarden hebben nog geen item.</numerusform>
        </translation>
    </message>
    <message>
        <source>These values in the file match no item of Baken&apos;s lists by themselves (values that do match need nothing). Choose the item each one stands for. A row that keeps a value without an item cannot be imported; &quot;Leave empty&quot; imports such rows without it. &quot;Add to the list&quot; makes the value a new item of its list with the import, named as the file writes it; you can rename it in Settings afterwards.</source>
        <translation>Deze waarden in het bestand passen uit zichzelf bij geen item van de lijsten van Baken (waarden die wel passen hebben niets nodig). Kies voor elke waarde het item waar ze voor staat. Een rij die een waarde zonder item houdt, kan niet worden geïmporteerd; &quot;Leeg laten&quot; importeert zulke rijen zonder die waarde. &quot;Aan de lijst toevoegen&quot; maakt van de waarde een nieuw item van de lijst, samen met de import en zoals het bestand haar schrijft; u kunt het daarna in Instellingen hernoemen.</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the list</source>
        <translation>&quot;%1&quot; aan de lijst toevoegen</translation>
    </message>
</context>
<context>
    <name>baken::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversie:</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Auditlog:</translation>
    </message>
    <message>
        <source>Database check:</source>
        <translation>Databasecontrole:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>This is the demo vault. Its data is made up and its passphrase is published, so never record real cases in it.</source>
        <translation>Dit is de demokluis. De gegevens zijn verzonnen en de wachtwoordzin is gepubliceerd, dus leg er nooit echte casussen in vast.</translation>
    </message>
    <message>
        <source>The vault could not be checked: %1</source>
        <translation>De kluis kon niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>%1 (this version of Baken writes version %2)</source>
        <translation>%1 (deze versie van Baken schrijft versie %2)</translation>
    </message>
    <message numerus="yes">
        <source>Intact: the chain of %n entries is unbroken.</source>
        <translation>
            <numerusform>Intact: de keten van %n regel is niet verbroken.</numerusform>
            <numerusform>Intact: de keten van %n regels is niet verbroken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at entry %1: the log was changed outside Baken. Keep a copy of this vault and ask your administrator to look into it.</source>
        <translation>Verbroken bij regel %1: het log is buiten Baken om gewijzigd. Bewaar een kopie van deze kluis en vraag uw beheerder dit te onderzoeken.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Restore a backup or contact support.</source>
        <translation>
            <numerusform>%n probleem gevonden. Zet een back-up terug of neem contact op met de ondersteuning.</numerusform>
            <numerusform>%n problemen gevonden. Zet een back-up terug of neem contact op met de ondersteuning.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check the vault</source>
        <translation>Kluis &amp;controleren</translation>
    </message>
    <message>
        <source>Not checked yet in this session; &quot;Check the vault&quot; reads the whole file.</source>
        <translation>Nog niet gecontroleerd in deze sessie; &quot;Kluis controleren&quot; leest het hele bestand.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>These counts are exact because they stay in this vault. Figures you hand on go through Reports, which hides small numbers.</source>
        <translation>Deze aantallen zijn exact, omdat ze in deze kluis blijven. Cijfers die u doorgeeft, gaan via Rapportages, waar kleine aantallen worden verborgen.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Bekijken…</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) are past their destruction date and wait to be destroyed.</source>
        <translation>
            <numerusform>%n afgesloten casus is over de vernietigingsdatum en wacht op vernietiging.</numerusform>
            <numerusform>%n afgesloten casussen zijn over hun vernietigingsdatum en wachten op vernietiging.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the closed cases past their destruction date, so that you can destroy them.</source>
        <translation>Toont de afgesloten casussen waarvan de vernietigingsdatum voorbij is, zodat u ze kunt vernietigen.</translation>
    </message>
    <message>
        <source>Reads the whole vault file and checks the audit log, to find damage or changes made outside Baken.</source>
        <translation>Leest het hele kluisbestand en controleert het auditlog, om beschadiging of wijzigingen buiten Baken op te sporen.</translation>
    </message>
</context>
<context>
    <name>baken::ui::DoubtLinePage</name>
    <message>
        <source>Save or clear the consultation in the form first; it has changes that are not saved.</source>
        <translation>Sla het consult in het formulier eerst op of maak het formulier leeg; er zijn wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Twijfellijn</translation>
    </message>
</context>
<context>
    <name>baken::ui::DoubtLineSettings</name>
    <message>
        <source>&amp;Save the names</source>
        <translation>Na&amp;men opslaan</translation>
    </message>
    <message>
        <source>&amp;Identifying names:</source>
        <translation>Namen die iemand he&amp;rkenbaar maken:</translation>
    </message>
    <message>
        <source>Names that identify someone, one per line</source>
        <translation>Namen die iemand herkenbaar maken, één per regel</translation>
    </message>
    <message>
        <source>Edit the referral g&amp;uide…</source>
        <translation>Wegwijzer b&amp;ewerken…</translation>
    </message>
    <message>
        <source>What every colleague tells a caller about each referral body, in Dutch and English</source>
        <translation>Wat elke collega een beller over iedere verwijsinstantie vertelt, in het Nederlands en het Engels</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n name(s).</source>
        <translation>
            <numerusform>Opgeslagen: %n naam.</numerusform>
            <numerusform>Opgeslagen: %n namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before a consultation is saved, its question is checked for e-mail addresses, phone numbers and the names below, and the colleague is warned if it holds any. One name per line; kept in this vault.</source>
        <translation>Voordat een consult wordt opgeslagen, controleert Baken de vraag op e-mailadressen, telefoonnummers en de namen hieronder, en waarschuwt de collega als er iets in staat. Eén naam per regel; de namen worden in deze kluis bewaard.</translation>
    </message>
    <message>
        <source>When a consultation&apos;s question mentions one of these names, Baken warns before saving it.</source>
        <translation>Noemt de vraag van een consult een van deze namen, dan waarschuwt Baken voordat het consult wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Saves the list in this vault, for every colleague who logs consultations in it.</source>
        <translation>Slaat de lijst op in deze kluis, voor iedere collega die er consulten in vastlegt.</translation>
    </message>
</context>
<context>
    <name>baken::ui::EmptyStatePage</name>
    <message>
        <source>This part of Baken is not built yet; it arrives in a later version.</source>
        <translation>Dit deel van Baken is nog niet gebouwd; het komt in een volgende versie.</translation>
    </message>
</context>
<context>
    <name>baken::ui::EvaluationTab</name>
    <message>
        <source>&amp;Record score</source>
        <translation>Score &amp;vastleggen</translation>
    </message>
    <message>
        <source>Participant who gives a score</source>
        <translation>Deelnemer die een score geeft</translation>
    </message>
    <message>
        <source>Score from 1 to 5</source>
        <translation>Score van 1 tot en met 5</translation>
    </message>
    <message>
        <source>Each participant scores the series once, from 1 (poor) to 5 (very good). Baken keeps only how many gave each score. It remembers that someone has scored, so nobody scores twice, but never which score was theirs.</source>
        <translation>Elke deelnemer geeft de reeks één keer een score, van 1 (slecht) tot 5 (zeer goed). Baken bewaart alleen hoe vaak elke score is gegeven. Baken onthoudt wel dat iemand een score heeft gegeven, zodat niemand twee keer scoort, maar nooit welke score van wie was.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>S&amp;core:</translation>
    </message>
    <message>
        <source>(everyone who took part has scored)</source>
        <translation>(iedereen die heeft deelgenomen, heeft een score gegeven)</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Nog geen scores.</translation>
    </message>
    <message>
        <source>%1: %2×</source>
        <translation>%1: %2×</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s), mean %1.</source>
        <translation>
            <numerusform>%n score, gemiddeld %1.</numerusform>
            <numerusform>%n scores, gemiddeld %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The score is recorded, without a link to %1.</source>
        <translation>De score is vastgelegd, zonder koppeling aan %1.</translation>
    </message>
    <message>
        <source>The participant who gives a score; Baken never keeps which score was theirs.</source>
        <translation>De deelnemer die een score geeft; Baken bewaart nooit welke score van wie was.</translation>
    </message>
    <message>
        <source>1 is poor, 5 is very good.</source>
        <translation>1 is slecht, 5 is zeer goed.</translation>
    </message>
    <message>
        <source>Adds the score to the count and notes that this participant has scored.</source>
        <translation>Telt de score mee en noteert dat deze deelnemer een score heeft gegeven.</translation>
    </message>
</context>
<context>
    <name>baken::ui::FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Openstaande opvolgacties</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation>De opvolgacties konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Komende %n dag</numerusform>
            <numerusform>Komende %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this case (click or Enter)</source>
        <translation>Deze casus openen (klikken of Enter)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Niets te laat.</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Twijfellijn</translation>
    </message>
    <message>
        <source>Call back the caller</source>
        <translation>Beller terugbellen</translation>
    </message>
    <message>
        <source>Callback from the doubt-line consultation of %1</source>
        <translation>Terugbelverzoek uit het consult van %1 op de twijfellijn</translation>
    </message>
    <message>
        <source>Open this consultation on the doubt line (click or Enter)</source>
        <translation>Dit consult openen op de twijfellijn (klikken of Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue. Click one, or select it and press Enter, to open it.</source>
        <translation>
            <numerusform>%n opvolgactie is te laat. Klik erop, of selecteer deze en druk op Enter, om deze te openen.</numerusform>
            <numerusform>%n opvolgacties zijn te laat. Klik op een ervan, of selecteer er een en druk op Enter, om die te openen.</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groep: %1</translation>
    </message>
    <message>
        <source>Open the group&apos;s tasks (click or Enter)</source>
        <translation>De taken van de groep openen (klikken of Enter)</translation>
    </message>
    <message>
        <source>Follow-ups, callbacks and group tasks that are overdue or due within a week; press Enter to open one.</source>
        <translation>Opvolgacties, terugbelverzoeken en groepstaken die te laat zijn of binnen een week aan de beurt; druk op Enter om er een te openen.</translation>
    </message>
</context>
<context>
    <name>baken::ui::FollowUpsTab</name>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgacties</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Als afgerond &amp;markeren</translation>
    </message>
    <message>
        <source>Due date of the new follow-up</source>
        <translation>Uiterste datum van de nieuwe opvolgactie</translation>
    </message>
    <message>
        <source>Description of the new follow-up</source>
        <translation>Omschrijving van de nieuwe opvolgactie</translation>
    </message>
    <message>
        <source>Kind of the new follow-up</source>
        <translation>Soort van de nieuwe opvolgactie</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>Opvolg&amp;actie toevoegen</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>Nieu&amp;w:</translation>
    </message>
    <message>
        <source>d&amp;ue</source>
        <translation>uiter&amp;lijk</translation>
    </message>
    <message>
        <source>&amp;kind</source>
        <translation>&amp;soort</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>The follow-ups of this case; select one to mark it done.</source>
        <translation>De opvolgacties van deze casus; selecteer er een om die als gedaan te markeren.</translation>
    </message>
    <message>
        <source>What needs to be done, for example: give the reporter feedback.</source>
        <translation>Wat er moet gebeuren, bijvoorbeeld: de melder terugkoppeling geven.</translation>
    </message>
    <message>
        <source>The date by which the new follow-up must be done.</source>
        <translation>De datum waarop de nieuwe opvolgactie uiterlijk gedaan moet zijn.</translation>
    </message>
    <message>
        <source>A task, a callback, confirming receipt or giving the reporter feedback.</source>
        <translation>Een taak, terugbellen, de ontvangst bevestigen of de melder terugkoppeling geven.</translation>
    </message>
    <message>
        <source>Marks the selected follow-up as done today.</source>
        <translation>Markeert de geselecteerde opvolgactie als vandaag gedaan.</translation>
    </message>
    <message>
        <source>Adds the new follow-up to this case; the dashboard shows it when it is due.</source>
        <translation>Voegt de nieuwe opvolgactie toe aan deze casus; het dashboard toont haar zodra ze aan de beurt is.</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Groep bewerken</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Groep aanmaken</translation>
    </message>
    <message>
        <source>Add facilitators in Settings, under code lists</source>
        <translation>Voeg begeleiders toe bij Instellingen, onder Codelijsten</translation>
    </message>
    <message>
        <source>%1. %2, %3–%4</source>
        <translation>%1. %2, %3–%4</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(afgelast)</translation>
    </message>
    <message>
        <source>(moved)</source>
        <translation>(verplaatst)</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Geen bijeenkomsten.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1, the last on %2.</source>
        <translation>
            <numerusform>%n bijeenkomst, %1, de laatste op %2.</numerusform>
            <numerusform>%n bijeenkomsten, %1, de laatste op %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saves the changes to the group and its sessions.</source>
        <translation>Slaat de wijzigingen in de groep en haar bijeenkomsten op.</translation>
    </message>
    <message>
        <source>Creates the group and plans its sessions.</source>
        <translation>Maakt de groep en plant haar bijeenkomsten.</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupListModel</name>
    <message>
        <source>Series ended</source>
        <translation>Reeks afgelopen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the series</source>
        <translation>
            <numerusform>%n bijeenkomst in de reeks</numerusform>
            <numerusform>%n bijeenkomsten in de reeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vol</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>%n plaats vrij</numerusform>
            <numerusform>%n plaatsen vrij</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtlijst</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupTab</name>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupTaskModel</name>
    <message>
        <source>Offer %1 the free seat</source>
        <translation>De vrije plaats aanbieden aan %1</translation>
    </message>
    <message>
        <source>Check in with %1: missed sessions in a row</source>
        <translation>Nazorgcontact met %1: bijeenkomsten achter elkaar gemist</translation>
    </message>
    <message>
        <source>Check in with %1 after the series</source>
        <translation>Nazorgcontact met %1 na afloop van de reeks</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupTasksTab</name>
    <message>
        <source>Tasks of the group</source>
        <translation>Taken van de groep</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als afgerond &amp;markeren</translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation>De geselecteerde taak als afgerond markeren</translation>
    </message>
    <message>
        <source>&amp;Open tasks first, then the done ones:</source>
        <translation>&amp;Openstaande taken eerst, daarna de afgeronde:</translation>
    </message>
    <message>
        <source>Tasks appear when a seat comes free, when someone misses sessions in a row, and when the series has ended (a check-in with everyone). The dashboard lists the open ones among all follow-ups.</source>
        <translation>Er komen taken bij wanneer een plaats vrijkomt, wanneer iemand meerdere bijeenkomsten achter elkaar mist en wanneer de reeks is afgelopen (een nazorgcontact met iedereen). Het overzicht toont de openstaande taken tussen alle opvolgacties.</translation>
    </message>
    <message>
        <source>Tasks for the facilitator, such as contacting a member; select one to mark it done.</source>
        <translation>Taken voor de begeleider, zoals contact opnemen met een deelnemer; selecteer er een om die als gedaan te markeren.</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nieuwe groep…</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>Groep bewer&amp;ken…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar (.ics)…</source>
        <translation>Agenda e&amp;xporteren (.ics)…</translation>
    </message>
    <message>
        <source>Peer-support groups</source>
        <translation>Lotgenotengroepen</translation>
    </message>
    <message>
        <source>Save the sessions as a calendar file (.ics) to import into Outlook, Google or Apple Calendar. It holds the theme, description, place and dates, never a participant.</source>
        <translation>De bijeenkomsten opslaan als agendabestand (.ics) om te importeren in Outlook, Google Agenda of Apple Agenda. Het bestand bevat het thema, de omschrijving, de locatie en de datums, nooit een deelnemer.</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groepen:</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>B&amp;ijeenkomsten</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deelnemers</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>&amp;Aanwezigheid</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Taken</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>&amp;Evaluatie</translation>
    </message>
    <message>
        <source>No group yet. Start one with “New group…”: a theme, the facilitators, how many seats, and when it meets.</source>
        <translation>Nog geen groep. Start er een met “Nieuwe groep…”: een thema, de begeleiders, het aantal plaatsen en wanneer de groep bijeenkomt.</translation>
    </message>
    <message>
        <source>This group is no longer in the vault.</source>
        <translation>Deze groep staat niet meer in de kluis.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s) from %2</source>
        <translation>
            <numerusform>%1, %n bijeenkomst vanaf %2</numerusform>
            <numerusform>%1, %n bijeenkomsten vanaf %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 until %3</source>
        <translation>%1 vanaf %2 tot en met %3</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Facilitators: none chosen</source>
        <translation>Begeleiders: geen gekozen</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>Begeleiders: %1</translation>
    </message>
    <message numerus="yes">
        <source>a task after %n missed session(s) in a row</source>
        <translation>
            <numerusform>een taak na %n gemiste bijeenkomst</numerusform>
            <numerusform>een taak na %n gemiste bijeenkomsten achter elkaar</numerusform>
        </translation>
    </message>
    <message>
        <source>no task for missed sessions</source>
        <translation>geen taak bij gemiste bijeenkomsten</translation>
    </message>
    <message numerus="yes">
        <source>a check-in %n day(s) after the series</source>
        <translation>
            <numerusform>een nazorgcontact %n dag na de reeks</numerusform>
            <numerusform>een nazorgcontact %n dagen na de reeks</numerusform>
        </translation>
    </message>
    <message>
        <source>no check-in after the series</source>
        <translation>geen nazorgcontact na de reeks</translation>
    </message>
    <message>
        <source>Aftercare: %1; %2.</source>
        <translation>Nazorg: %1; %2.</translation>
    </message>
    <message>
        <source>The group is created. Add participants; once it is full, new ones go on the waiting list.</source>
        <translation>De groep is aangemaakt. Voeg deelnemers toe; is de groep vol, dan komen nieuwe aanmeldingen op de wachtlijst.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved as %1: %2</source>
        <translation>De agenda kon niet worden opgeslagen als %1: %2</translation>
    </message>
    <message>
        <source>Saved %1. Import it into your calendar; exporting again later updates the same series there. It holds the theme, description, place and session dates, never a participant.</source>
        <translation>%1 is opgeslagen. Importeer het bestand in uw agenda; exporteert u later opnieuw, dan wordt dezelfde reeks daar bijgewerkt. Het bestand bevat het thema, de omschrijving, de locatie en de datums van de bijeenkomsten, nooit een deelnemer.</translation>
    </message>
    <message>
        <source>The peer-support groups; choose one to see its sessions, participants and tasks.</source>
        <translation>De lotgenotengroepen; kies er een om de bijeenkomsten, deelnemers en taken ervan te zien.</translation>
    </message>
    <message>
        <source>Starts a new group series with its theme, place and schedule.</source>
        <translation>Begint een nieuwe groepsreeks met een thema, een plek en een schema.</translation>
    </message>
    <message>
        <source>Changes the theme, place or schedule of the chosen group.</source>
        <translation>Wijzigt het thema, de plek of het schema van de gekozen groep.</translation>
    </message>
</context>
<context>
    <name>baken::ui::GuideHtml</name>
    <message>
        <source>What it does</source>
        <translation>Wat de instantie doet</translation>
    </message>
    <message>
        <source>When to go there</source>
        <translation>Wanneer iemand er terechtkan</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Wat er daarna gebeurt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Anonymous reports</source>
        <translation>Anonieme meldingen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>There is no guide text for this body yet. Add it with “Edit the guide…”.</source>
        <translation>De wegwijzer heeft nog geen tekst voor deze instantie. Voeg die toe met “Wegwijzer bewerken…”.</translation>
    </message>
    <message>
        <source>Choose a body under “Referred to” to see what it does, when to go there, what happens next and whether it accepts anonymous reports.</source>
        <translation>Kies een instantie bij “Verwezen naar” om te zien wat die doet, wanneer iemand er terechtkan, wat er daarna gebeurt en of de instantie anonieme meldingen aanneemt.</translation>
    </message>
</context>
<context>
    <name>baken::ui::HistoryTab</name>
    <message>
        <source>Intake registered</source>
        <translation>Intake geregistreerd</translation>
    </message>
    <message>
        <source>Intake changed</source>
        <translation>Intake gewijzigd</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Casus afgesloten</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Casus heropend</translation>
    </message>
    <message>
        <source>Contact moment added</source>
        <translation>Contactmoment toegevoegd</translation>
    </message>
    <message>
        <source>Contact moment edited</source>
        <translation>Contactmoment gewijzigd</translation>
    </message>
    <message>
        <source>Referral recorded</source>
        <translation>Verwijzing vastgelegd</translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation>Opvolgactie toegevoegd</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Opvolgactie afgerond</translation>
    </message>
    <message>
        <source>Hours recorded</source>
        <translation>Uren vastgelegd</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>What was done in this case and when, from the audit log; it never shows what the case says.</source>
        <translation>Wat er in deze casus is gedaan en wanneer, uit het auditlog; wat er in de casus staat, toont het nooit.</translation>
    </message>
</context>
<context>
    <name>baken::ui::HoursExportDialog</name>
    <message>
        <source>Export hours</source>
        <translation>Uren exporteren</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <source>Add a client organisation in Settings first.</source>
        <translation>Voeg eerst een opdrachtgever toe bij Instellingen.</translation>
    </message>
    <message>
        <source>hours-%1-%2.csv</source>
        <translation>uren-%1-%2.csv</translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation>Uren opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Hours exported</source>
        <translation>Uren geëxporteerd</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Saved %1. It holds the hours of %2 in %3, per case number: no names, no case text and no dates finer than the month. Send it only to whoever invoices this client.</source>
        <translation>%1 is opgeslagen. Het bestand bevat de uren van %2 in %3, per casusnummer: geen namen, geen casustekst en geen datums die preciezer zijn dan de maand. Stuur het alleen naar degene die deze opdrachtgever factureert.</translation>
    </message>
    <message>
        <source>Lets you choose a file and saves the hours in it as CSV.</source>
        <translation>Laat u een bestand kiezen en slaat de uren daarin op als CSV.</translation>
    </message>
</context>
<context>
    <name>baken::ui::HoursTab</name>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time (h:mm)</source>
        <translation>Tijd (u:mm)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Date of the hours</source>
        <translation>Datum van de uren</translation>
    </message>
    <message>
        <source>Time spent, in minutes or h:mm</source>
        <translation>Bestede tijd, in minuten of u:mm</translation>
    </message>
    <message>
        <source>minutes or h:mm</source>
        <translation>minuten of u:mm</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>&amp;Add hours</source>
        <translation>Uren toevo&amp;egen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Datu&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>Tijd&amp;sduur:</translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation>&amp;Activiteit:</translation>
    </message>
    <message>
        <source>Total: %1 (h:mm)</source>
        <translation>Totaal: %1 (u:mm)</translation>
    </message>
    <message>
        <source>Give the time as minutes (90) or hours and minutes (1:30).</source>
        <translation>Geef de tijd op in minuten (90) of in uren en minuten (1:30).</translation>
    </message>
    <message>
        <source>The time spent on this case, with the total below; the hours export counts it.</source>
        <translation>De tijd die aan deze casus is besteed, met het totaal eronder; de urenexport telt die mee.</translation>
    </message>
    <message>
        <source>The day the time was spent.</source>
        <translation>De dag waarop de tijd is besteed.</translation>
    </message>
    <message>
        <source>What the time was spent on, such as a conversation, travel or reports.</source>
        <translation>Waaraan de tijd is besteed, zoals een gesprek, reistijd of verslaglegging.</translation>
    </message>
    <message>
        <source>Records the time on this case.</source>
        <translation>Legt de bestede tijd vast bij deze casus.</translation>
    </message>
</context>
<context>
    <name>baken::ui::IntakeForm</name>
    <message>
        <source>New intake</source>
        <translation>Nieuwe intake</translation>
    </message>
    <message>
        <source>Saved as a draft as you type</source>
        <translation>Wordt tijdens het typen als concept opgeslagen</translation>
    </message>
    <message>
        <source>Intake (draft)</source>
        <translation>Intake (concept)</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Concept opgeslagen om %1</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Wijzigingen nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <source>Discard this intake? Everything typed in it is removed from the vault.</source>
        <translation>Deze intake verwijderen? Alles wat erin is getypt, wordt uit de kluis verwijderd.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>(choose a body)</source>
        <translation>(kies een instantie)</translation>
    </message>
</context>
<context>
    <name>baken::ui::LeaveDialog</name>
    <message>
        <source>%1 leaves the group</source>
        <translation>%1 stopt met de groep</translation>
    </message>
    <message>
        <source>Date of leaving</source>
        <translation>Stopdatum</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reden van stoppen</translation>
    </message>
    <message>
        <source>A few words, e.g. “found work elsewhere”</source>
        <translation>Een paar woorden, bijvoorbeeld “ander werk gevonden”</translation>
    </message>
    <message>
        <source>%1 is taken off the waiting list.</source>
        <translation>%1 wordt van de wachtlijst gehaald.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Leave the group</source>
        <translation>Stoppen met de groep</translation>
    </message>
    <message>
        <source>If someone is waiting, the seat goes to the first of them and you get a task to contact them.</source>
        <translation>Als er iemand wacht, gaat de plaats naar de eerste op de wachtlijst, en u krijgt een taak om contact met die persoon op te nemen.</translation>
    </message>
    <message>
        <source>The day the person leaves the group or the waiting list.</source>
        <translation>De dag waarop de persoon de groep of de wachtlijst verlaat.</translation>
    </message>
    <message>
        <source>Records that the person leaves; someone waiting may get the seat.</source>
        <translation>Legt vast dat de persoon vertrekt; iemand van de wachtlijst kan de plaats krijgen.</translation>
    </message>
</context>
<context>
    <name>baken::ui::LocationPage</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>Locatie van de kluis</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Er bestaat al een bestand met die naam. Kies een andere naam.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Nieuwe kluis</translation>
    </message>
    <message>
        <source>cases.baken</source>
        <translation>casussen.baken</translation>
    </message>
    <message>
        <source>Baken vaults (*.baken)</source>
        <translation>Baken-kluizen (*.baken)</translation>
    </message>
</context>
<context>
    <name>baken::ui::LockedView</name>
    <message>
        <source>The vault is locked</source>
        <translation>De kluis is vergrendeld</translation>
    </message>
    <message>
        <source>Baken locked the vault because it was not used for a while, or because you asked it to. Nothing in it is shown until you enter the passphrase again.</source>
        <translation>Baken heeft de kluis vergrendeld omdat hij een tijd niet is gebruikt, of omdat u daarom vroeg. Niets uit de kluis wordt getoond totdat u de wachtwoordzin opnieuw invoert.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Ontgrendelen…</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>Kluis &amp;sluiten</translation>
    </message>
    <message>
        <source>Asks for the passphrase and shows the vault again.</source>
        <translation>Vraagt om de wachtwoordzin en toont de kluis weer.</translation>
    </message>
    <message>
        <source>Closes the vault without unlocking it and goes back to the start screen.</source>
        <translation>Sluit de kluis zonder haar te ontgrendelen en gaat terug naar het startscherm.</translation>
    </message>
</context>
<context>
    <name>baken::ui::MainWindow</name>
    <message>
        <source>Creating the demo vault…</source>
        <translation>Demokluis wordt gemaakt…</translation>
    </message>
    <message>
        <source>Opening the demo vault…</source>
        <translation>Demokluis wordt geopend…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nieuwe kluis…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>Kluis &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Kluis vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>Kluis &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Baken</source>
        <translation>&amp;Over Baken</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Kluis openen</translation>
    </message>
    <message>
        <source>Baken vaults (*.baken);;All files (*)</source>
        <translation>Baken-kluizen (*.baken);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 (demo) — Baken</source>
        <translation>%1 (demo) — Baken</translation>
    </message>
    <message>
        <source>%1 — Baken</source>
        <translation>%1 — Baken</translation>
    </message>
    <message>
        <source>Locked — Baken</source>
        <translation>Vergrendeld — Baken</translation>
    </message>
    <message>
        <source>Baken</source>
        <translation>Baken</translation>
    </message>
    <message>
        <source>Baken is still writing the vault. Close it again in a moment.</source>
        <translation>Baken is de kluis nog aan het opslaan. Probeer het over een ogenblik opnieuw.</translation>
    </message>
    <message>
        <source>About Baken</source>
        <translation>Over Baken</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Baken %1&lt;/h3&gt;&lt;p&gt;Confidential case management for reports of discrimination and undesirable behaviour at work.&lt;/p&gt;&lt;p&gt;Everything is kept in one encrypted vault file on this computer. Only anonymised summaries are meant to leave it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Baken %1&lt;/h3&gt;&lt;p&gt;Vertrouwelijk casusbeheer voor meldingen van discriminatie en ongewenst gedrag op het werk.&lt;/p&gt;&lt;p&gt;Alles wordt bewaard in één versleuteld kluisbestand op deze computer. Alleen geanonimiseerde samenvattingen zijn bedoeld om de kluis te verlaten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Audit&amp;log…</translation>
    </message>
    <message>
        <source>No backup was written. %1 The vault was locked all the same; Baken tries again when it is next locked or closed.</source>
        <translation>Er is geen back-up gemaakt. %1 De kluis is wel vergrendeld; Baken probeert het opnieuw bij de volgende keer vergrendelen of sluiten.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>De back-up is mislukt.</translation>
    </message>
    <message>
        <source>A backup was written and checked at %1.</source>
        <translation>Om %1 is een back-up gemaakt en gecontroleerd.</translation>
    </message>
    <message>
        <source>Backup written at %1.</source>
        <translation>Back-up gemaakt om %1.</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Bewaartermijn…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>the identifying names in Settings</source>
        <translation>de namen die iemand herkenbaar maken, in Instellingen</translation>
    </message>
    <message>
        <source>the consultation form on the doubt line</source>
        <translation>het consultformulier van de twijfellijn</translation>
    </message>
    <message>
        <source>the intake of the open case</source>
        <translation>de intake van de geopende casus</translation>
    </message>
    <message>
        <source>the new intake</source>
        <translation>de nieuwe intake</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Taal wijzigen</translation>
    </message>
    <message>
        <source>Changes that are not saved yet: %1. Baken builds its screens again in the new language, and these changes would be lost. Go back to save them first, or change the language and discard them.</source>
        <translation>Wijzigingen die nog niet zijn opgeslagen: %1. Baken bouwt zijn schermen opnieuw op in de nieuwe taal, en dan gaan deze wijzigingen verloren. Ga terug om ze eerst op te slaan, of wijzig de taal en gooi ze weg.</translation>
    </message>
    <message>
        <source>Change and &amp;discard</source>
        <translation>Wijzigen en &amp;weggooien</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Teruggaan</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importeren uit een spreadsheet…</translation>
    </message>
    <message>
        <source>Writing a backup of the vault…</source>
        <translation>Er wordt een back-up van de kluis gemaakt…</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Baken is still writing the backup; you can unlock as soon as it is done.</source>
        <translation>Baken is de back-up nog aan het maken; u kunt ontgrendelen zodra die klaar is.</translation>
    </message>
    <message>
        <source>Baken closes as soon as the backup is written.</source>
        <translation>Baken sluit zodra de back-up gemaakt is.</translation>
    </message>
</context>
<context>
    <name>baken::ui::MessageBoxAccess</name>
    <message>
        <source>Closes this message.</source>
        <translation>Sluit deze melding.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Sluit dit venster.</translation>
    </message>
    <message>
        <source>Closes this message and changes nothing.</source>
        <translation>Sluit deze melding en verandert niets.</translation>
    </message>
    <message>
        <source>Answers the question with yes.</source>
        <translation>Beantwoordt de vraag met ja.</translation>
    </message>
    <message>
        <source>Answers the question with no.</source>
        <translation>Beantwoordt de vraag met nee.</translation>
    </message>
    <message>
        <source>Discards it, as the message says.</source>
        <translation>Verwerpt het, zoals de melding zegt.</translation>
    </message>
    <message>
        <source>Chooses “%1”, as the message says.</source>
        <translation>Kiest “%1”, zoals de melding zegt.</translation>
    </message>
</context>
<context>
    <name>baken::ui::MoveSessionDialog</name>
    <message>
        <source>Move session %1</source>
        <translation>Bijeenkomst %1 verplaatsen</translation>
    </message>
    <message>
        <source>New date and time</source>
        <translation>Nieuwe datum en tijd</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>The group&apos;s place</source>
        <translation>De locatie van de groep</translation>
    </message>
    <message>
        <source>Session %1 was planned for %2. Moving it changes only this session.</source>
        <translation>Bijeenkomst %1 stond gepland op %2. Verplaatsen verandert alleen deze bijeenkomst.</translation>
    </message>
    <message>
        <source>&amp;New date and time:</source>
        <translation>&amp;Nieuwe datum en tijd:</translation>
    </message>
    <message>
        <source>New &amp;place:</source>
        <translation>Nieuwe &amp;locatie:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>The new day and start time of this session only.</source>
        <translation>De nieuwe dag en begintijd van alleen deze bijeenkomst.</translation>
    </message>
    <message>
        <source>Where this one session takes place; leave it empty to keep the group&apos;s place.</source>
        <translation>Waar deze ene bijeenkomst plaatsvindt; laat leeg om de vaste plek van de groep te houden.</translation>
    </message>
    <message>
        <source>Moves this session; the rest of the series stays as it is.</source>
        <translation>Verplaatst deze bijeenkomst; de rest van de reeks blijft zoals hij is.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation>Deelnemer wijzigen</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>A first name or a made-up name</source>
        <translation>Een voornaam of een verzonnen naam</translation>
    </message>
    <message>
        <source>Contact, optional</source>
        <translation>Contactgegevens, niet verplicht</translation>
    </message>
    <message>
        <source>Phone or e-mail, only if they want to be contacted</source>
        <translation>Telefoon of e-mail, alleen als iemand contact wil</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <source>Doubt-line consultation</source>
        <translation>Consult van de twijfellijn</translation>
    </message>
    <message>
        <source>The contact detail is personal data: it is kept in the vault, shown only on this page, and never goes into a calendar file or a report.</source>
        <translation>De contactgegevens zijn persoonsgegevens: ze worden in de kluis bewaard, alleen op deze pagina getoond en komen nooit in een agendabestand of een rapportage.</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudoniem:</translation>
    </message>
    <message>
        <source>Came f&amp;rom:</source>
        <translation>&amp;Herkomst:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Casus&amp;nummer:</translation>
    </message>
    <message>
        <source>C&amp;onsultation:</source>
        <translation>C&amp;onsult:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>(choose a consultation)</source>
        <translation>(kies een consult)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Give the number of the case this person came from, or choose another source.</source>
        <translation>Vul het nummer in van de casus waaruit deze persoon kwam, of kies een andere herkomst.</translation>
    </message>
    <message>
        <source>There is no case with number %1 in this vault.</source>
        <translation>Er is geen casus met nummer %1 in deze kluis.</translation>
    </message>
    <message>
        <source>Choose the consultation this person came from, or choose another source.</source>
        <translation>Kies het consult waaruit deze persoon kwam, of kies een andere herkomst.</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Contactgegevens:</translation>
    </message>
    <message>
        <source>How the person came to the group: on their own, from a case or from a doubt-line consultation.</source>
        <translation>Hoe de persoon bij de groep kwam: uit zichzelf, via een casus of via een consult van de twijfellijn.</translation>
    </message>
    <message>
        <source>The number of the case the person came from.</source>
        <translation>Het nummer van de casus waar de persoon vandaan kwam.</translation>
    </message>
    <message>
        <source>The doubt-line consultation the person came from.</source>
        <translation>Het consult van de twijfellijn waar de persoon vandaan kwam.</translation>
    </message>
    <message>
        <source>Adds the person to the group, or to the waiting list when it is full.</source>
        <translation>Voegt de persoon toe aan de groep, of aan de wachtlijst als de groep vol is.</translation>
    </message>
    <message>
        <source>Saves the changes to this participant.</source>
        <translation>Slaat de wijzigingen voor deze deelnemer op.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ParticipantListModel</name>
    <message>
        <source>Case %1</source>
        <translation>Casus %1</translation>
    </message>
    <message>
        <source>Doubt line, %1</source>
        <translation>Twijfellijn, %1</translation>
    </message>
    <message>
        <source>Waiting, no. %1</source>
        <translation>Wachtlijst, nr. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A seat came free: contact this person and record whether they accept it</source>
        <translation>Er is een plaats vrijgekomen: neem contact op met deze persoon en leg vast of die de plaats aanneemt</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>baken::ui::ParticipantsTab</name>
    <message>
        <source>Participants and waiting list</source>
        <translation>Deelnemers en wachtlijst</translation>
    </message>
    <message>
        <source>A&amp;dd participant…</source>
        <translation>Deelnemer toe&amp;voegen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>&amp;Stoppen…</translation>
    </message>
    <message>
        <source>&amp;Accept seat</source>
        <translation>Plaats a&amp;ccepteren</translation>
    </message>
    <message>
        <source>Decl&amp;ine seat…</source>
        <translation>Plaats weige&amp;ren…</translation>
    </message>
    <message>
        <source>Change the pseudonym or contact of the selected person</source>
        <translation>Het pseudoniem of de contactgegevens van de geselecteerde persoon wijzigen</translation>
    </message>
    <message>
        <source>Record that the selected person leaves the group or the waiting list</source>
        <translation>Vastleggen dat de geselecteerde persoon stopt met de groep of van de wachtlijst gaat</translation>
    </message>
    <message>
        <source>The person offered the free seat takes it</source>
        <translation>De persoon aan wie de vrije plaats is aangeboden, neemt die aan</translation>
    </message>
    <message>
        <source>The person offered the free seat does not want it; it goes to the next one waiting</source>
        <translation>De persoon aan wie de vrije plaats is aangeboden, wil die niet; de plaats gaat naar de volgende op de wachtlijst</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n in de groep</numerusform>
            <numerusform>%n in de groep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) offered</source>
        <translation>
            <numerusform>%n plaats aangeboden</numerusform>
            <numerusform>%n plaatsen aangeboden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n op de wachtlijst</numerusform>
            <numerusform>%n op de wachtlijst</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting list is in order of sign-up: a free seat goes to number 1.</source>
        <translation>De wachtlijst staat op volgorde van aanmelding: een vrije plaats gaat naar nummer 1.</translation>
    </message>
    <message>
        <source>The group is full: %1 is number %2 on the waiting list.</source>
        <translation>De groep is vol: %1 staat als nummer %2 op de wachtlijst.</translation>
    </message>
    <message>
        <source>%1 has a seat in the group.</source>
        <translation>%1 heeft een plaats in de groep.</translation>
    </message>
    <message>
        <source>%1 has left the group.</source>
        <translation>%1 is gestopt met de groep.</translation>
    </message>
    <message>
        <source>%1 is offered the free seat; the task to contact them is on the Tasks tab and the dashboard.</source>
        <translation>De vrije plaats wordt aangeboden aan %1; de taak om contact op te nemen staat op het tabblad Taken en in het overzicht.</translation>
    </message>
    <message>
        <source>%1 has taken the seat.</source>
        <translation>%1 heeft de plaats aangenomen.</translation>
    </message>
    <message>
        <source>Decline seat</source>
        <translation>Plaats weigeren</translation>
    </message>
    <message>
        <source>Decline the seat</source>
        <translation>Plaats weigeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 declined the seat.</source>
        <translation>%1 heeft de plaats geweigerd.</translation>
    </message>
    <message>
        <source>Record that %1 turns down the seat?

They come off the list, and the seat is offered to the next person waiting.</source>
        <translation>Vastleggen dat %1 de plaats niet aanneemt?

Die persoon gaat van de lijst af, en de plaats wordt aangeboden aan de volgende op de wachtlijst.</translation>
    </message>
    <message>
        <source>The members by pseudonym, then the waiting list in order; select a person to change them.</source>
        <translation>De deelnemers onder hun pseudoniem, daarna de wachtlijst op volgorde; selecteer iemand om die te wijzigen.</translation>
    </message>
    <message>
        <source>Adds a person by pseudonym; when the group is full, they go on the waiting list.</source>
        <translation>Voegt iemand toe onder een pseudoniem; is de groep vol, dan komt die persoon op de wachtlijst.</translation>
    </message>
</context>
<context>
    <name>baken::ui::PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>baken::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long sentence only you would think of.</source>
        <translation>Gebruik vier of meer woorden die niets met elkaar te maken hebben, of een lange zin die alleen u zou bedenken.</translation>
    </message>
</context>
<context>
    <name>baken::ui::PeriodPicker</name>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Range of months</source>
        <translation>Meerdere maanden</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Soort periode</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>1e kwartaal</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>2e kwartaal</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>3e kwartaal</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>4e kwartaal</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Eerste maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Laatste maand</translation>
    </message>
    <message>
        <source>Whether the figures cover a year, a quarter, a month or a range of months.</source>
        <translation>Of de cijfers een jaar, een kwartaal, een maand of meerdere maanden beslaan.</translation>
    </message>
    <message>
        <source>The year of the figures.</source>
        <translation>Het jaar van de cijfers.</translation>
    </message>
    <message>
        <source>The quarter of the chosen year.</source>
        <translation>Het kwartaal van het gekozen jaar.</translation>
    </message>
    <message>
        <source>The month of the chosen year.</source>
        <translation>De maand van het gekozen jaar.</translation>
    </message>
    <message>
        <source>The first month of the range.</source>
        <translation>De eerste maand van de periode.</translation>
    </message>
    <message>
        <source>The last month of the range.</source>
        <translation>De laatste maand van de periode.</translation>
    </message>
</context>
<context>
    <name>baken::ui::PrintDialogAccess</name>
    <message>
        <source>The printer to print on. Print to File (PDF) writes a PDF file instead, which is not encrypted.</source>
        <translation>De printer waarop u afdrukt. Afdrukken naar bestand (PDF) schrijft in plaats daarvan een PDF-bestand, dat niet versleuteld is.</translation>
    </message>
    <message>
        <source>The chosen printer&apos;s own settings: paper, tray, quality.</source>
        <translation>De eigen instellingen van de gekozen printer: papier, lade, kwaliteit.</translation>
    </message>
    <message>
        <source>The PDF file to write. It is not encrypted: keep it as safe as a printed page.</source>
        <translation>Het PDF-bestand dat geschreven wordt. Het is niet versleuteld: bewaar het even veilig als een afgedrukte pagina.</translation>
    </message>
    <message>
        <source>Chooses the folder and name of the PDF file.</source>
        <translation>Kiest de map en de naam van het PDF-bestand.</translation>
    </message>
    <message>
        <source>Prints every page.</source>
        <translation>Drukt elke pagina af.</translation>
    </message>
    <message>
        <source>Prints only the pages from the first number to the second.</source>
        <translation>Drukt alleen de pagina&apos;s af van het eerste tot en met het tweede nummer.</translation>
    </message>
    <message>
        <source>From page</source>
        <translation>Vanaf pagina</translation>
    </message>
    <message>
        <source>The first page to print.</source>
        <translation>De eerste pagina die afgedrukt wordt.</translation>
    </message>
    <message>
        <source>To page</source>
        <translation>Tot en met pagina</translation>
    </message>
    <message>
        <source>The last page to print.</source>
        <translation>De laatste pagina die afgedrukt wordt.</translation>
    </message>
    <message>
        <source>Prints the pages listed in the box beside it.</source>
        <translation>Drukt de pagina&apos;s af die in het vak ernaast staan.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>The pages to print, for example 1-3, 5.</source>
        <translation>De pagina&apos;s die afgedrukt worden, bijvoorbeeld 1-3, 5.</translation>
    </message>
    <message>
        <source>Prints the page shown now.</source>
        <translation>Drukt de pagina af die nu getoond wordt.</translation>
    </message>
    <message>
        <source>Prints what is selected.</source>
        <translation>Drukt af wat geselecteerd is.</translation>
    </message>
    <message>
        <source>Page set</source>
        <translation>Paginaset</translation>
    </message>
    <message>
        <source>Every page, or only the odd or only the even pages.</source>
        <translation>Elke pagina, of alleen de oneven of alleen de even pagina&apos;s.</translation>
    </message>
    <message>
        <source>How many copies to print.</source>
        <translation>Hoeveel exemplaren er afgedrukt worden.</translation>
    </message>
    <message>
        <source>Prints each copy whole before the next one.</source>
        <translation>Drukt elk exemplaar helemaal af voor het volgende.</translation>
    </message>
    <message>
        <source>Prints the last page first.</source>
        <translation>Drukt de laatste pagina eerst af.</translation>
    </message>
    <message>
        <source>Prints with these settings.</source>
        <translation>Drukt af met deze instellingen.</translation>
    </message>
    <message>
        <source>Closes this dialog and prints nothing.</source>
        <translation>Sluit dit venster en drukt niets af.</translation>
    </message>
    <message>
        <source>Shows or hides more settings: pages and copies.</source>
        <translation>Toont of verbergt meer instellingen: pagina&apos;s en exemplaren.</translation>
    </message>
</context>
<context>
    <name>baken::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <source>Creating and encrypting the vault…</source>
        <translation>Kluis wordt gemaakt en versleuteld…</translation>
    </message>
</context>
<context>
    <name>baken::ui::RecoveryKeyPrinter</name>
    <message>
        <source>Baken recovery key</source>
        <translation>Herstelsleutel van Baken</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Herstelsleutel afdrukken</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Afgedrukt op %1</translation>
    </message>
    <message>
        <source>This key opens the backups of the vault if the passphrase is forgotten. Keep this page somewhere safe and locked, away from the computer. Anyone who has this key and a backup can read the cases in it.</source>
        <translation>Met deze sleutel zijn de back-ups van de kluis te openen als de wachtwoordzin vergeten is. Bewaar deze pagina op een veilige plek achter slot, apart van de computer. Iedereen die deze sleutel en een back-up heeft, kan de casussen daarin lezen.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ReferralGuideDialog</name>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ReferralsTab</name>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwezen naar</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Casusgegevens</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Passes on case details</source>
        <translation>Ca&amp;susgegevens doorgeven</translation>
    </message>
    <message>
        <source>The reporter &amp;consented to that</source>
        <translation>De me&amp;lder heeft daarvoor toestemming gegeven</translation>
    </message>
    <message>
        <source>(choose a body)</source>
        <translation>(kies een instantie)</translation>
    </message>
    <message>
        <source>Body referred to</source>
        <translation>Instantie waarnaar is verwezen</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Verwijsdatum</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Notitie bij de verwijzing</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>Ver&amp;wijzen</translation>
    </message>
    <message>
        <source>Refer &amp;to:</source>
        <translation>Verwijzen n&amp;aar:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Datu&amp;m:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Notiti&amp;e:</translation>
    </message>
    <message>
        <source>Passed on, with consent</source>
        <translation>Doorgegeven, met toestemming</translation>
    </message>
    <message>
        <source>Not passed on</source>
        <translation>Niet doorgegeven</translation>
    </message>
    <message>
        <source>The bodies this case was referred to, and whether case details were passed on.</source>
        <translation>De instanties waarnaar in deze casus is verwezen, en of daarbij casusgegevens zijn doorgegeven.</translation>
    </message>
    <message>
        <source>The body the reporter is referred to, such as HR, the company doctor or the police.</source>
        <translation>De instantie waarnaar de melder wordt verwezen, zoals P&amp;O, de bedrijfsarts of de politie.</translation>
    </message>
    <message>
        <source>The day of the referral.</source>
        <translation>De dag van de verwijzing.</translation>
    </message>
    <message>
        <source>Tick when details of the case go to the body, not only the advice to go there.</source>
        <translation>Vink aan als er gegevens uit de casus naar de instantie gaan, niet alleen het advies om erheen te gaan.</translation>
    </message>
    <message>
        <source>Tick when the reporter agreed that those details are passed on.</source>
        <translation>Vink aan als de melder ermee heeft ingestemd dat die gegevens worden doorgegeven.</translation>
    </message>
    <message>
        <source>A short note on the referral, such as what was agreed.</source>
        <translation>Een korte notitie bij de verwijzing, bijvoorbeeld wat er is afgesproken.</translation>
    </message>
    <message>
        <source>Records the referral in this case.</source>
        <translation>Legt de verwijzing vast in deze casus.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ReportsPage</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Zip archives with CSV files (*.zip)</source>
        <translation>Zip-archieven met CSV-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Samenvatting exporteren</translation>
    </message>
    <message>
        <source>There is no summary to export yet.</source>
        <translation>Er is nog geen samenvatting om te exporteren.</translation>
    </message>
    <message>
        <source>Tick at least one table to export.</source>
        <translation>Vink ten minste één tabel aan om te exporteren.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n table(s), no figure below %2. It holds only what the screen shows.</source>
        <translation>
            <numerusform>%1 is opgeslagen: %n tabel, geen getal onder %2. Het bestand bevat alleen wat het scherm toont.</numerusform>
            <numerusform>%1 is opgeslagen: %n tabellen, geen getal onder %2. Het bestand bevat alleen wat het scherm toont.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Twijfellijn</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Working out which figures can be shown…</source>
        <translation>Bezig te bepalen welke getallen kunnen worden getoond…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Figures that leave the vault: counts only, with small numbers hidden so that nobody can be recognised. What you see here is exactly what an export holds.</source>
        <translation>Cijfers die de kluis verlaten: alleen aantallen, waarbij kleine aantallen zijn verborgen zodat niemand herkenbaar is. Wat u hier ziet, is precies wat een export bevat.</translation>
    </message>
    <message>
        <source>Figures from 1 to one below this number are not shown. Never below %1.</source>
        <translation>Getallen van 1 tot dit getal worden niet getoond. Nooit lager dan %1.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Table as it leaves the vault</source>
        <translation>Tabel zoals die de kluis verlaat</translation>
    </message>
    <message>
        <source>Chart of the table</source>
        <translation>Grafiek van de tabel</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Smallest number shown:</source>
        <translation>&amp;Kleinste getoonde getal:</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tabellen:</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV (zip)…</source>
        <translation>&amp;CSV exporteren (zip)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF report…</source>
        <translation>P&amp;DF-rapport exporteren…</translation>
    </message>
    <message>
        <source>&amp;Language of CSV and PDF:</source>
        <translation>T&amp;aal van CSV en PDF:</translation>
    </message>
    <message>
        <source>The figures could not be counted: %1</source>
        <translation>De cijfers konden niet worden geteld: %1</translation>
    </message>
    <message>
        <source>The summary could not be made safe to share: %1</source>
        <translation>De samenvatting kon niet veilig genoeg worden gemaakt om te delen: %1</translation>
    </message>
    <message>
        <source>The summary was not saved, because the export could not be noted in the audit log: %1</source>
        <translation>De samenvatting is niet opgeslagen, omdat de export niet in het auditlog kon worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>The tables of the anonymised summary; choose one to see it with its chart.</source>
        <translation>De tabellen van de geanonimiseerde rapportage; kies er een om die met de bijbehorende grafiek te zien.</translation>
    </message>
    <message>
        <source>The chosen table exactly as it is exported, with small numbers hidden.</source>
        <translation>De gekozen tabel precies zoals die wordt geëxporteerd, met kleine aantallen verborgen.</translation>
    </message>
    <message>
        <source>The language of the files you export, whatever the language of Baken.</source>
        <translation>De taal van de bestanden die u exporteert, los van de taal van Baken.</translation>
    </message>
    <message>
        <source>Saves the anonymised figures as a JSON file in the published format.</source>
        <translation>Slaat de geanonimiseerde cijfers op als JSON-bestand in het gepubliceerde formaat.</translation>
    </message>
    <message>
        <source>Saves every table as a CSV file, together in one zip file.</source>
        <translation>Slaat elke tabel op als CSV-bestand, samen in één zipbestand.</translation>
    </message>
    <message>
        <source>Saves a readable report with every table and chart as a PDF.</source>
        <translation>Slaat een leesbaar rapport met alle tabellen en grafieken op als PDF.</translation>
    </message>
</context>
<context>
    <name>baken::ui::RestoreDialog</name>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>Baken backups (*.%1);;All files (*)</source>
        <translation>Back-ups van Baken (*.%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save the restored vault as</source>
        <translation>Teruggezette kluis opslaan als</translation>
    </message>
    <message>
        <source>Restored vault.baken</source>
        <translation>Teruggezette kluis.baken</translation>
    </message>
    <message>
        <source>Baken vaults (*.baken)</source>
        <translation>Baken-kluizen (*.baken)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Forgot your passphrase, or lost the laptop? A backup opens with the recovery key you wrote down or printed when the vault was made. Baken saves it as a new vault with a new passphrase; the backup itself stays as it is.</source>
        <translation>Wachtwoordzin vergeten of laptop kwijt? Een back-up opent met de herstelsleutel die is opgeschreven of afgedrukt toen de kluis werd gemaakt. Baken slaat de back-up op als nieuwe kluis met een nieuwe wachtwoordzin; de back-up zelf blijft zoals hij is.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Where to save the restored vault</source>
        <translation>Waar de teruggezette kluis wordt opgeslagen</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Back&amp;up:</source>
        <translation>Back-&amp;up:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>He&amp;rhalen:</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Back-up wordt teruggezet</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the new passphrase twice.</source>
        <translation>De twee wachtwoordzinnen verschillen. Typ twee keer dezelfde nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>Opens a file window to pick the backup file.</source>
        <translation>Opent een bestandsvenster om het back-upbestand te kiezen.</translation>
    </message>
    <message>
        <source>Opens a file window to pick the folder and name of the restored vault.</source>
        <translation>Opent een bestandsvenster om de map en de naam van de teruggezette kluis te kiezen.</translation>
    </message>
    <message>
        <source>The backup to restore, a file Baken wrote to your backup folder.</source>
        <translation>De back-up die u wilt terugzetten: een bestand dat Baken in uw back-upmap heeft geschreven.</translation>
    </message>
    <message>
        <source>The recovery key shown when the vault was made, in groups of four characters.</source>
        <translation>De herstelsleutel die bij het maken van de kluis werd getoond, in groepjes van vier tekens.</translation>
    </message>
    <message>
        <source>The new vault file the backup is saved as; the backup itself stays as it is.</source>
        <translation>Het nieuwe kluisbestand waarin de back-up wordt opgeslagen; de back-up zelf blijft zoals hij is.</translation>
    </message>
    <message>
        <source>The passphrase that will unlock the restored vault; the meter below rates it.</source>
        <translation>De wachtwoordzin waarmee u de teruggezette kluis ontgrendelt; de meter eronder beoordeelt hem.</translation>
    </message>
    <message>
        <source>Type the new passphrase again, to rule out a typing error.</source>
        <translation>Typ de nieuwe wachtwoordzin nog eens, om een tikfout uit te sluiten.</translation>
    </message>
    <message>
        <source>Opens the backup with the recovery key and saves it as a new vault.</source>
        <translation>Opent de back-up met de herstelsleutel en slaat hem op als nieuwe kluis.</translation>
    </message>
</context>
<context>
    <name>baken::ui::RetentionDialog</name>
    <message>
        <source>Erased for good: names and contact details, the pseudonym, the intake texts, contact notes and their earlier versions, referral notes and follow-ups, and the texts of a doubt-line consultation or group participant linked to the case.

Kept: the case number, type, dates, unit, grounds, forms of behaviour, measures, outcome, contact minutes, referral bodies and hours, so figures of past periods stay the same.

This cannot be undone; a backup made earlier still holds the case until it is rotated away.</source>
        <translation>Voorgoed gewist: namen en contactgegevens, het pseudoniem, de teksten van de intake, notities bij contactmomenten en hun eerdere versies, notities bij verwijzingen en opvolgacties, en de teksten van een consult van de twijfellijn of een groepsdeelnemer die aan de casus gekoppeld is.

Bewaard: het casusnummer, de soort, data, het organisatieonderdeel, gronden, vormen van gedrag, maatregelen, uitkomst, minuten van contacten, instanties waarnaar verwezen is en uren, zodat de cijfers van eerdere perioden gelijk blijven.

Dit kan niet ongedaan worden gemaakt; een eerder gemaakte back-up bevat de casus nog tot die back-up wordt opgeruimd.</translation>
    </message>
    <message>
        <source>&amp;Destroy selected…</source>
        <translation>Selectie &amp;vernietigen…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>These closed cases are past their destruction date. Destroy them to keep the promise made to reporters: personal data and texts are erased, the coded fields stay for the statistics.</source>
        <translation>Deze afgesloten casussen zijn over hun vernietigingsdatum. Vernietig ze om de belofte aan melders na te komen: persoonsgegevens en teksten worden gewist, de gecodeerde velden blijven voor de statistiek.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Destruction date</source>
        <translation>Vernietigingsdatum</translation>
    </message>
    <message>
        <source>Cases past their destruction date</source>
        <translation>Casussen over hun vernietigingsdatum</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>De casussen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No case is past its destruction date.</source>
        <translation>Er is geen casus over zijn vernietigingsdatum.</translation>
    </message>
    <message>
        <source>Destroy cases</source>
        <translation>Casussen vernietigen</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n case(s): %1?</source>
        <translation>
            <numerusform>%n casus vernietigen: %1?</numerusform>
            <numerusform>%n casussen vernietigen: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Vernietigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) destroyed before this went wrong: %1</source>
        <translation>
            <numerusform>%n casus vernietigd voordat dit misging: %1</numerusform>
            <numerusform>%n casussen vernietigd voordat dit misging: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) destroyed. Their personal data and texts are gone.</source>
        <translation>
            <numerusform>%n casus vernietigd. De persoonsgegevens en teksten zijn weg.</numerusform>
            <numerusform>%n casussen vernietigd. Hun persoonsgegevens en teksten zijn weg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed cases past their destruction date; select the ones to destroy.</source>
        <translation>Afgesloten casussen waarvan de vernietigingsdatum voorbij is; selecteer de casussen die u wilt vernietigen.</translation>
    </message>
    <message>
        <source>Erases the personal data and texts of the selected cases; the coded fields stay for the figures.</source>
        <translation>Wist de persoonsgegevens en teksten van de geselecteerde casussen; de gecodeerde velden blijven voor de cijfers.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ScheduleText</name>
    <message>
        <source>every month on the first %1</source>
        <translation>elke maand op de eerste %1</translation>
    </message>
    <message>
        <source>every month on the second %1</source>
        <translation>elke maand op de tweede %1</translation>
    </message>
    <message>
        <source>every month on the third %1</source>
        <translation>elke maand op de derde %1</translation>
    </message>
    <message>
        <source>every month on the fourth %1</source>
        <translation>elke maand op de vierde %1</translation>
    </message>
    <message>
        <source>every month on the last %1</source>
        <translation>elke maand op de laatste %1</translation>
    </message>
    <message>
        <source>every week on %1</source>
        <translation>elke week op %1</translation>
    </message>
    <message>
        <source>every two weeks on %1</source>
        <translation>elke twee weken op %1</translation>
    </message>
</context>
<context>
    <name>baken::ui::SessionListModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgelast</translation>
    </message>
    <message>
        <source>Moved to another place</source>
        <translation>Verplaatst naar een andere locatie</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Verplaatst van %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
</context>
<context>
    <name>baken::ui::SessionWatcher</name>
    <message>
        <source>Locking the vault before the computer sleeps</source>
        <translation>De kluis vergrendelen voordat de computer in slaapstand gaat</translation>
    </message>
</context>
<context>
    <name>baken::ui::SessionsTab</name>
    <message>
        <source>Sessions of the group</source>
        <translation>Bijeenkomsten van de groep</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>Bijeenkomst a&amp;fgelasten…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <source>S&amp;ave notes</source>
        <translation>Notities o&amp;pslaan</translation>
    </message>
    <message>
        <source>Give the selected session another day, time or place; the series stays as it is</source>
        <translation>De geselecteerde bijeenkomst een andere dag, tijd of locatie geven; de reeks blijft zoals die is</translation>
    </message>
    <message>
        <source>Cancel the selected session only; the rest of the series goes on</source>
        <translation>Alleen de geselecteerde bijeenkomst afgelasten; de rest van de reeks gaat door</translation>
    </message>
    <message>
        <source>Undo the move or cancellation of the selected session</source>
        <translation>Het verplaatsen of afgelasten van de geselecteerde bijeenkomst ongedaan maken</translation>
    </message>
    <message>
        <source>What the group did and agreed. No notes about one person: a group has no per-person notes.</source>
        <translation>Wat de groep heeft gedaan en afgesproken. Geen notities over één persoon: een groep heeft geen notities per persoon.</translation>
    </message>
    <message>
        <source>Notes of the selected session</source>
        <translation>Notities bij de geselecteerde bijeenkomst</translation>
    </message>
    <message>
        <source>Session n&amp;otes:</source>
        <translation>N&amp;otities bij de bijeenkomst:</translation>
    </message>
    <message>
        <source>Session n&amp;otes of %1:</source>
        <translation>N&amp;otities bij de bijeenkomst van %1:</translation>
    </message>
    <message>
        <source>The notes are saved.</source>
        <translation>De notities zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Bijeenkomst afgelasten</translation>
    </message>
    <message>
        <source>Cancel session %1 on %2?

Only this session is cancelled; the rest of the series goes on, and the calendar file shows it as cancelled. You can restore it later.</source>
        <translation>Bijeenkomst %1 op %2 afgelasten?

Alleen deze bijeenkomst wordt afgelast; de rest van de reeks gaat door, en in het agendabestand staat ze als afgelast. U kunt de bijeenkomst later herstellen.</translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation>Deze bijeenkomst afgelasten</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Laten doorgaan</translation>
    </message>
    <message>
        <source>The sessions of the series, moved and cancelled ones too; select one to see its notes.</source>
        <translation>De bijeenkomsten van de reeks, ook de verplaatste en afgelaste; selecteer er een om de notities te zien.</translation>
    </message>
    <message>
        <source>What the group did and agreed in the selected session; no notes about one person.</source>
        <translation>Wat de groep in de geselecteerde bijeenkomst deed en afsprak; geen notities over één persoon.</translation>
    </message>
    <message>
        <source>Saves the notes of the selected session in the vault.</source>
        <translation>Slaat de notities van de geselecteerde bijeenkomst op in de kluis.</translation>
    </message>
</context>
<context>
    <name>baken::ui::SettingsPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>De wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe.</translation>
    </message>
    <message>
        <source> months after closing</source>
        <translation> maanden na afsluiting</translation>
    </message>
    <message>
        <source>From %1 to %2 months</source>
        <translation>Van %1 tot %2 maanden</translation>
    </message>
</context>
<context>
    <name>baken::ui::ShiftView</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Consultations today</source>
        <translation>Consulten van vandaag</translation>
    </message>
    <message>
        <source>Open callbacks</source>
        <translation>Openstaande terugbelverzoeken</translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation>Openen in het formulier</translation>
    </message>
    <message>
        <source>Make this a case</source>
        <translation>Casus maken</translation>
    </message>
    <message>
        <source>Callback done…</source>
        <translation>Teruggebeld…</translation>
    </message>
    <message>
        <source>Open the selected consultation in the form to change it (Enter)</source>
        <translation>Het geselecteerde consult in het formulier openen om het te wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Hand the selected consultation over to a confidential advisor as a draft case (%1)</source>
        <translation>Het geselecteerde consult als conceptcasus overdragen aan een vertrouwenspersoon (%1)</translation>
    </message>
    <message>
        <source>Mark the selected callback done; its contact detail is erased</source>
        <translation>Het geselecteerde terugbelverzoek afronden; het contactgegeven wordt gewist</translation>
    </message>
    <message>
        <source>&amp;Consultations today:</source>
        <translation>&amp;Consulten van vandaag:</translation>
    </message>
    <message>
        <source>Open callbac&amp;ks:</source>
        <translation>O&amp;penstaande terugbelverzoeken:</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Totaal:</translation>
    </message>
    <message>
        <source>By channel:</source>
        <translation>Per kanaal:</translation>
    </message>
    <message>
        <source>Discrimination?</source>
        <translation>Discriminatie?</translation>
    </message>
    <message>
        <source>Without content:</source>
        <translation>Zonder inhoud:</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consult</numerusform>
            <numerusform>%n consulten</numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>Callback done</source>
        <translation>Teruggebeld</translation>
    </message>
    <message>
        <source>Mark this callback done?

The contact detail “%1” is then erased from the vault for good; the consultation itself stays.</source>
        <translation>Dit terugbelverzoek afronden?

Het contactgegeven “%1” wordt dan definitief uit de kluis gewist; het consult zelf blijft bewaard.</translation>
    </message>
    <message>
        <source>Done, erase the contact</source>
        <translation>Afronden en contactgegeven wissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Shift on %1</source>
        <translation>Dienst van %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without content</source>
        <translation>
            <numerusform>%n contact zonder inhoud</numerusform>
            <numerusform>%n contacten zonder inhoud</numerusform>
        </translation>
    </message>
    <message>
        <source>Search consultations</source>
        <translation>Consulten zoeken</translation>
    </message>
    <message>
        <source>Lists the consultations of every day whose question holds these words, newest first</source>
        <translation>Toont de consulten van alle dagen waarvan de vraag deze woorden bevat, nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Consultations matching the search: %1</source>
        <translation>&amp;Consulten die bij de zoekopdracht passen: %1</translation>
    </message>
    <message>
        <source>Consultations matching the search</source>
        <translation>Consulten die bij de zoekopdracht passen</translation>
    </message>
    <message>
        <source>No consultations match “%1”.

The search looks for the beginnings of words in the question. Try fewer letters or another word, or clear the search to see today&apos;s shift.</source>
        <translation>Geen consulten passen bij “%1”.

Er wordt gezocht op het begin van woorden in de vraag. Probeer minder letters of een ander woord, of maak het zoekveld leeg om de dienst van vandaag te zien.</translation>
    </message>
    <message>
        <source>Words from the question, on any day (%1)</source>
        <translation>Woorden uit de vraag, van iedere dag (%1)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>Today&apos;s consultations, or the search results; press Enter to open one in the form.</source>
        <translation>De consulten van vandaag, of de zoekresultaten; druk op Enter om er een in het formulier te openen.</translation>
    </message>
    <message>
        <source>Consultations whose caller still waits for a callback; press Enter to open one.</source>
        <translation>Consulten waarbij de beller nog teruggebeld moet worden; druk op Enter om er een te openen.</translation>
    </message>
</context>
<context>
    <name>baken::ui::SignalBundlingPage</name>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;Terug naar casussen</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Terug naar het overzicht (Alt+Pijl-links)</translation>
    </message>
    <message>
        <source>Signal bundling</source>
        <translation>Signalen bundelen</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>Groups of cases</source>
        <translation>Groepen casussen</translation>
    </message>
    <message>
        <source>Group and cases</source>
        <translation>Groep en casussen</translation>
    </message>
    <message>
        <source>Consent to bundling</source>
        <translation>Toestemming voor bundelen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>t&amp;ot en met:</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>De groepen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No unit or person occurs in more than one case in this period.</source>
        <translation>In deze periode komt geen organisatieonderdeel of persoon in meer dan één casus voor.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Organisatieonderdeel: %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Persoon: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1 — %n casus</numerusform>
            <numerusform>%1 — %n casussen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 reporters consented to bundling</source>
        <translation>%1 van de %2 melders gaf toestemming voor bundelen</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Casus %1 openen</translation>
    </message>
    <message>
        <source>Registered cases about the same unit or the same person within the period, and the anonymous doubt-line consultations about a unit. Only reporters who consented may be brought together; ask the others first.</source>
        <translation>Geregistreerde casussen over hetzelfde organisatieonderdeel of dezelfde persoon binnen de periode, en de anonieme consulten van de twijfellijn over een organisatieonderdeel. Alleen melders die daarvoor toestemming hebben gegeven, mogen worden samengebracht; vraag het de anderen eerst.</translation>
    </message>
    <message numerus="yes">
        <source>, %n doubt-line consultation(s)</source>
        <translation>
            <numerusform>, %n consult op de twijfellijn</numerusform>
            <numerusform>, %n consulten op de twijfellijn</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous consultations only</source>
        <translation>Alleen anonieme consulten</translation>
    </message>
    <message>
        <source>The first intake date the bundling looks at.</source>
        <translation>De eerste intakedatum die de bundeling meeneemt.</translation>
    </message>
    <message>
        <source>The last intake date the bundling looks at.</source>
        <translation>De laatste intakedatum die de bundeling meeneemt.</translation>
    </message>
    <message>
        <source>Groups of cases about the same unit or person; press Enter on a case number to open that case.</source>
        <translation>Groepen casussen over hetzelfde organisatieonderdeel of dezelfde persoon; druk op Enter bij een casusnummer om die casus te openen.</translation>
    </message>
</context>
<context>
    <name>baken::ui::StartPage</name>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1 (bestand niet gevonden)</translation>
    </message>
</context>
<context>
    <name>baken::ui::SubjectExtractPdf</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Gemaakt op %1</translation>
    </message>
    <message>
        <source>Case %1 · made on %2</source>
        <translation>Casus %1 · gemaakt op %2</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Over u</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Vastgelegd als</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Organisatieonderdeel</translation>
    </message>
    <message>
        <source>Bystander</source>
        <translation>Omstander</translation>
    </message>
    <message>
        <source>Yes, you reported what happened to someone else</source>
        <translation>Ja, u hebt gemeld wat een ander overkwam</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Uw melding</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intakedatum</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wanneer het gebeurde</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Impact on you</source>
        <translation>Gevolgen voor u</translation>
    </message>
    <message>
        <source>What you would like to happen</source>
        <translation>Wat u graag wilt dat er gebeurt</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Discriminatiegronden</translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation>Gedragsvormen</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Uw toestemmingen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwezen naar</translation>
    </message>
    <message>
        <source>Your details passed on</source>
        <translation>Uw gegevens gedeeld</translation>
    </message>
    <message>
        <source>Agreements and deadlines</source>
        <translation>Afspraken en termijnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Huidige status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>To be destroyed on</source>
        <translation>Vernietigingsdatum</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>De pdf kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Data-subject extract · confidential: contains personal data</source>
        <translation>Inzageoverzicht · vertrouwelijk: bevat persoonsgegevens</translation>
    </message>
    <message>
        <source>Data-subject extract, case %1 · confidential: contains personal data</source>
        <translation>Inzageoverzicht, casus %1 · vertrouwelijk: bevat persoonsgegevens</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Reported via</source>
        <translation>Gemeld via</translation>
    </message>
</context>
<context>
    <name>baken::ui::SummaryPdf</name>
    <message>
        <source>Only a published summary can be printed: exact counts stay in the vault.</source>
        <translation>Alleen een gepubliceerde samenvatting kan worden afgedrukt: exacte aantallen blijven in de kluis.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Het rapport kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>baken::ui::TimelineTab</name>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation>&amp;Eerdere versies…</translation>
    </message>
    <message>
        <source>&amp;Add contact moment…</source>
        <translation>Contact&amp;moment toevoegen…</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (gewijzigd)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(gewijzigd)</translation>
    </message>
    <message numerus="yes">
        <source>Replaced on %1 — contact on %2, %3, %n minute(s):</source>
        <translation>
            <numerusform>Vervangen op %1 — contact op %2, %3, %n minuut:</numerusform>
            <numerusform>Vervangen op %1 — contact op %2, %3, %n minuten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Eerdere versies</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) of this contact moment.</source>
        <translation>
            <numerusform>%n eerdere versie van dit contactmoment.</numerusform>
            <numerusform>%n eerdere versies van dit contactmoment.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact moments of this case; press Enter to edit the selected one.</source>
        <translation>De contactmomenten van deze casus; druk op Enter om het geselecteerde te bewerken.</translation>
    </message>
    <message>
        <source>Records a conversation, call or message about this case.</source>
        <translation>Legt een gesprek, telefoontje of bericht over deze casus vast.</translation>
    </message>
    <message>
        <source>Changes the selected contact moment; the earlier version is kept.</source>
        <translation>Wijzigt het geselecteerde contactmoment; de eerdere versie blijft bewaard.</translation>
    </message>
    <message>
        <source>Shows how the note of the selected contact moment read before each change.</source>
        <translation>Toont hoe de notitie van het geselecteerde contactmoment luidde vóór elke wijziging.</translation>
    </message>
</context>
<context>
    <name>baken::ui::UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation>Kluis ontgrendelen</translation>
    </message>
    <message>
        <source>Enter the passphrase of the vault &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Voer de wachtwoordzin van de kluis &lt;b&gt;%1&lt;/b&gt; in.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message numerus="yes">
        <source>After several wrong passphrases Baken waits before the next try. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Na meerdere onjuiste wachtwoordzinnen wacht Baken even voor de volgende poging. U kunt het over %n seconde opnieuw proberen.</numerusform>
            <numerusform>Na meerdere onjuiste wachtwoordzinnen wacht Baken even voor de volgende poging. U kunt het over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the vault with this passphrase.</source>
        <translation>Opent de kluis met deze wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>baken::ui::UserGuideWindow</name>
    <message>
        <source>Baken user guide</source>
        <translation>Handleiding Baken</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>baken::ui::VaultWorkspace</name>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Twijfellijn</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Moves between the pages of Baken; Ctrl+1 to Ctrl+6 reach them from anywhere.</source>
        <translation>Hiermee gaat u naar een andere pagina van Baken; Ctrl+1 tot en met Ctrl+6 werken overal.</translation>
    </message>
</context>
<context>
    <name>baken::ui::reports</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>1 figure suppressed</source>
        <translation>1 getal onderdrukt</translation>
    </message>
    <message>
        <source>%1 figures suppressed</source>
        <translation>%1 getallen onderdrukt</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>figures below %1 not shown</source>
        <translation>getallen onder %1 niet getoond</translation>
    </message>
    <message>
        <source>no units merged</source>
        <translation>geen organisatieonderdelen samengevoegd</translation>
    </message>
    <message>
        <source>merged into other units: %1</source>
        <translation>samengevoegd tot overige organisatieonderdelen: %1</translation>
    </message>
    <message>
        <source>other units not shown</source>
        <translation>overige organisatieonderdelen niet getoond</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>Jaarverslag %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Rapportage %1</translation>
    </message>
    <message>
        <source>Anonymised figures on reports of discrimination and undesirable behaviour at work: cases, doubt-line consultations and peer-support groups.</source>
        <translation>Geanonimiseerde cijfers over meldingen van discriminatie en ongewenst gedrag op het werk: casussen, consulten van de twijfellijn en lotgenotengroepen.</translation>
    </message>
    <message>
        <source>Made with %1.</source>
        <translation>Gemaakt met %1.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Leeswijzer</translation>
    </message>
    <message>
        <source>A case can concern more than one ground or form of behaviour. In those tables the rows add up to more than the total, which counts every case once.</source>
        <translation>Een casus kan over meer dan één discriminatiegrond of gedragsvorm gaan. In die tabellen tellen de rijen op tot meer dan het totaal, dat elke casus één keer telt.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Twijfellijn</translation>
    </message>
    <message>
        <source>Peer-support groups</source>
        <translation>Lotgenotengroepen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Anonymised summary · %1 · no figure below %2</source>
        <translation>Geanonimiseerde samenvatting · %1 · geen getal onder %2</translation>
    </message>
    <message>
        <source>Not published: from 1 to %1, or left out so that such a figure cannot be worked out.</source>
        <translation>Niet gepubliceerd: van 1 tot en met %1, of weggelaten zodat zo&apos;n getal niet kan worden afgeleid.</translation>
    </message>
    <message>
        <source>from one source</source>
        <translation>uit één bron</translation>
    </message>
    <message>
        <source>combined from %1 sources</source>
        <translation>samengevoegd uit %1 bronnen</translation>
    </message>
    <message>
        <source>In the tables &quot;x&quot; marks a figure that is not published: from 1 to %1, or left out so that such a figure cannot be worked out. Charts leave them out.</source>
        <translation>In de tabellen staat &quot;x&quot; voor een getal dat niet gepubliceerd is: van 1 tot en met %1, of weggelaten zodat zo&apos;n getal niet kan worden afgeleid. Grafieken laten deze getallen weg.</translation>
    </message>
    <message>
        <source>Sources and months</source>
        <translation>Bronnen en maanden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>A check mark: the source delivered figures for that month.</source>
        <translation>Een vinkje: de bron heeft cijfers voor die maand geleverd.</translation>
    </message>
</context>
<context>
    <name>baken::ui::rollup::Files</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
</context>
<context>
    <name>baken::ui::rollup::PackageDialog</name>
    <message>
        <source>Package for the coordinator</source>
        <translation>Pakket voor de coördinator</translation>
    </message>
    <message>
        <source>The exact figures of %1 go to your coordinator in a sealed package that only the coordinator&apos;s vault can open. It holds counts per month only: no names, no text, no case numbers.</source>
        <translation>De exacte aantallen van %1 gaan naar uw coördinator in een verzegeld pakket dat alleen de kluis van de coördinator kan openen. Het bevat alleen aantallen per maand: geen namen, geen tekst, geen casusnummers.</translation>
    </message>
    <message>
        <source>Paste the key block the coordinator sent you, or open the key file.</source>
        <translation>Plak het sleutelblok dat de coördinator u heeft gestuurd, of open het sleutelbestand.</translation>
    </message>
    <message>
        <source>&amp;Open key file…</source>
        <translation>Sleutelbestand &amp;openen…</translation>
    </message>
    <message>
        <source>e.g. Confidential advisor North</source>
        <translation>bijv. Vertrouwenspersoon Noord</translation>
    </message>
    <message>
        <source>&amp;Save package…</source>
        <translation>Pakket op&amp;slaan…</translation>
    </message>
    <message>
        <source>Coordinator &amp;key:</source>
        <translation>Sleutel van de &amp;coördinator:</translation>
    </message>
    <message>
        <source>&amp;Your name as a source:</source>
        <translation>&amp;Uw naam als bron:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Coördinator:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>Call the coordinator and compare the fingerprint digit by digit before you send the package.</source>
        <translation>Bel de coördinator en vergelijk de vingerafdruk teken voor teken voordat u het pakket verstuurt.</translation>
    </message>
    <message>
        <source>Open the coordinator key</source>
        <translation>De sleutel van de coördinator openen</translation>
    </message>
    <message>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Sleutelbestanden (*.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The key file could not be opened: %1</source>
        <translation>Het sleutelbestand kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>This file is far too large to be a coordinator key.</source>
        <translation>Dit bestand is veel te groot voor een sleutel van een coördinator.</translation>
    </message>
    <message>
        <source>The key block the coordinator sent you; only the coordinator&apos;s vault can open the package.</source>
        <translation>Het sleutelblok dat de coördinator u stuurde; alleen de kluis van de coördinator kan het pakket openen.</translation>
    </message>
    <message>
        <source>Reads the coordinator&apos;s key from the key file they sent you.</source>
        <translation>Leest de sleutel van de coördinator uit het sleutelbestand dat u hebt ontvangen.</translation>
    </message>
    <message>
        <source>The name the coordinator sees for your figures in the roll-up.</source>
        <translation>De naam waaronder de coördinator uw cijfers in de samengevoegde rapportage ziet.</translation>
    </message>
    <message>
        <source>Saves the sealed package as a file, to send to your coordinator.</source>
        <translation>Slaat het verzegelde pakket op als bestand om naar uw coördinator te sturen.</translation>
    </message>
</context>
<context>
    <name>baken::ui::rollup::RollupBar</name>
    <message>
        <source>Replace a package?</source>
        <translation>Pakket vervangen?</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>Pakketten &amp;importeren…</translation>
    </message>
    <message>
        <source>Pac&amp;kage for coordinator…</source>
        <translation>Pakket voor c&amp;oördinator…</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Deze kluis</translation>
    </message>
    <message>
        <source>Roll-up of imported packages</source>
        <translation>Samengevoegde rapportage van geïmporteerde pakketten</translation>
    </message>
    <message>
        <source>Add the sealed packages advisors sent you to this vault&apos;s roll-up</source>
        <translation>De verzegelde pakketten die vertrouwenspersonen u hebben gestuurd, toevoegen aan de samengevoegde rapportage van deze kluis</translation>
    </message>
    <message>
        <source>Send this vault&apos;s exact figures of the period, sealed, to your coordinator</source>
        <translation>De exacte aantallen van deze kluis over de periode verzegeld naar uw coördinator sturen</translation>
    </message>
    <message>
        <source>Figures f&amp;rom:</source>
        <translation>Cijfers &amp;uit:</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Pakketten importeren</translation>
    </message>
    <message>
        <source>Baken packages (*.bakenpkg);;All files (*)</source>
        <translation>Baken-pakketten (*.bakenpkg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1: refused, it could not be read (%2).</source>
        <translation>%1: geweigerd, het kon niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1: refused, it is far too large to be a package.</source>
        <translation>%1: geweigerd, het is veel te groot voor een pakket.</translation>
    </message>
    <message>
        <source>%1: refused. %2</source>
        <translation>%1: geweigerd. %2</translation>
    </message>
    <message>
        <source>%1: added.</source>
        <translation>%1: toegevoegd.</translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed.</source>
        <translation>%1: al geïmporteerd, er is niets veranderd.</translation>
    </message>
    <message>
        <source>%1: kept the package imported before, nothing changed.</source>
        <translation>%1: het eerder geïmporteerde pakket is behouden, er is niets veranderd.</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <source>Baken packages (*.bakenpkg)</source>
        <translation>Baken-pakketten (*.bakenpkg)</translation>
    </message>
    <message>
        <source>Saved %1: the figures of %2, sealed for %3. Send the file to the coordinator.</source>
        <translation>%1 is opgeslagen: de cijfers van %2, verzegeld voor %3. Stuur het bestand naar de coördinator.</translation>
    </message>
    <message>
        <source>A package from %1 for %2 was already imported (made %3). This one, for %4, was made later (%5). Use its figures for the months they share?</source>
        <translation>Een pakket van %1 voor %2 is al geïmporteerd (gemaakt %3). Dit pakket, voor %4, is later gemaakt (%5). De cijfers hiervan gebruiken voor de maanden die ze delen?</translation>
    </message>
    <message>
        <source>%1: replaced the older figures of the same source for the months they share.</source>
        <translation>%1: de oudere cijfers van dezelfde bron vervangen voor de maanden die ze delen.</translation>
    </message>
    <message>
        <source>Shows the figures of this vault alone, or the roll-up of the packages advisors sent you.</source>
        <translation>Toont alleen de cijfers van deze kluis, of de samengevoegde rapportage van de pakketten die vertrouwenspersonen u stuurden.</translation>
    </message>
</context>
<context>
    <name>baken::ui::rollup::RollupSettings</name>
    <message>
        <source>Co&amp;py the key</source>
        <translation>Sleutel &amp;kopiëren</translation>
    </message>
    <message>
        <source>Sa&amp;ve key file…</source>
        <translation>Sleutelbestand o&amp;pslaan…</translation>
    </message>
    <message>
        <source>For a coordinator who combines the figures of several advisors. Send the key below to each advisor; their packages can then be opened in this vault only. Read the fingerprint out by phone, so that they know the key is really yours.</source>
        <translation>Voor een coördinator die de cijfers van meerdere vertrouwenspersonen samenvoegt. Stuur de sleutel hieronder naar elke vertrouwenspersoon; hun pakketten kunnen dan alleen in deze kluis worden geopend. Lees de vingerafdruk telefonisch voor, zodat zij weten dat de sleutel echt van u is.</translation>
    </message>
    <message>
        <source>Coordinator na&amp;me:</source>
        <translation>Naam van de coör&amp;dinator:</translation>
    </message>
    <message>
        <source>e.g. Coordinator confidential advisors, Municipality North</source>
        <translation>bijv. Coördinator vertrouwenspersonen, gemeente Noord</translation>
    </message>
    <message>
        <source>Key &amp;block for advisors:</source>
        <translation>Sle&amp;utelblok voor vertrouwenspersonen:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>Fingerprint to read out by phone</source>
        <translation>Vingerafdruk om telefonisch voor te lezen</translation>
    </message>
    <message>
        <source>Type a name first: advisors see it when they make a package for you.</source>
        <translation>Vul eerst een naam in: vertrouwenspersonen zien die wanneer ze een pakket voor u maken.</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>De sleutel kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The key is on the clipboard. Paste it into a mail to the advisors.</source>
        <translation>De sleutel staat op het klembord. Plak hem in een e-mail aan de vertrouwenspersonen.</translation>
    </message>
    <message>
        <source>Save the coordinator key</source>
        <translation>De sleutel van de coördinator opslaan</translation>
    </message>
    <message>
        <source>Key files (*.txt)</source>
        <translation>Sleutelbestanden (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1. Send it to the advisors and read the fingerprint out to them.</source>
        <translation>%1 is opgeslagen. Stuur het naar de vertrouwenspersonen en lees hun de vingerafdruk voor.</translation>
    </message>
    <message>
        <source>The name advisors see when they make a package for you.</source>
        <translation>De naam die vertrouwenspersonen zien als ze een pakket voor u maken.</translation>
    </message>
    <message>
        <source>The key to send to each advisor; with it, only this vault can open their packages.</source>
        <translation>De sleutel die u naar elke vertrouwenspersoon stuurt; daarmee kan alleen deze kluis hun pakketten openen.</translation>
    </message>
    <message>
        <source>Copies the key block to the clipboard, to paste into a mail to the advisors.</source>
        <translation>Kopieert het sleutelblok naar het klembord, om in een mail aan de vertrouwenspersonen te plakken.</translation>
    </message>
    <message>
        <source>Saves the key block as a file to send to the advisors.</source>
        <translation>Slaat het sleutelblok op als bestand om naar de vertrouwenspersonen te sturen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Confidential case management for reports of discrimination at work.</source>
        <translation>Vertrouwelijk casusbeheer voor meldingen van discriminatie op het werk.</translation>
    </message>
    <message>
        <source>A vault file to unlock.</source>
        <translation>Een kluisbestand om te ontgrendelen.</translation>
    </message>
    <message>
        <source>Open the demo vault (or VAULT, if it is a demo vault) with its published passphrase.</source>
        <translation>De demokluis openen (of VAULT, als dat een demokluis is) met de gepubliceerde wachtwoordzin.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE, print its path and quit.</source>
        <translation>Een afbeelding van het venster opslaan in FILE, het pad tonen en afsluiten.</translation>
    </message>
    <message>
        <source>Use this language for this run: nl or en.</source>
        <translation>Deze taal gebruiken voor deze sessie: nl of en.</translation>
    </message>
    <message>
        <source>The report language must be nl or en, not &quot;%1&quot;.</source>
        <translation>De taal van het rapport moet nl of en zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The summary could not be read from standard input.</source>
        <translation>De samenvatting kon niet worden gelezen van de standaardinvoer.</translation>
    </message>
    <message>
        <source>This is not a summary Baken can print: %1</source>
        <translation>Dit is geen samenvatting die Baken kan afdrukken: %1</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>Het rapport kon niet worden opgeslagen als %1: %2</translation>
    </message>
    <message>
        <source>Read a published summary (JSON) on standard input, write its PDF report to FILE in the --lang language and quit, without opening a window.</source>
        <translation>Een gepubliceerde samenvatting (JSON) van de standaardinvoer lezen, het PDF-rapport ervan in de taal van --lang naar FILE schrijven en afsluiten, zonder een venster te openen.</translation>
    </message>
</context>
</TS>
