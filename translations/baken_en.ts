<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Baken notes here when the vault was unlocked and when a record was added, changed, exported or destroyed. The log never holds what a case says. Each entry is linked to the one before it, so a changed or removed entry shows when you verify the chain.</source>
        <translation>Baken notes here when the vault was unlocked and when a record was added, changed, exported or destroyed. The log never holds what a case says. Each entry is linked to the one before it, so a changed or removed entry shows when you verify the chain.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filter the audit log</translation>
    </message>
    <message>
        <source>What happened, record number, date or user</source>
        <translation>What happened, record number, date or user</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Audit log entries, newest first</translation>
    </message>
    <message>
        <source>Audit log message</source>
        <translation>Audit log message</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>Who did what and when in this vault, newest first; the filter above narrows the list.</source>
        <translation>Who did what and when in this vault, newest first; the filter above narrows the list.</translation>
    </message>
    <message>
        <source>Checks that no entry was changed or removed since Baken wrote it.</source>
        <translation>Checks that no entry was changed or removed since Baken wrote it.</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;Back to cases</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Back to the list (Alt+Left)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>In &amp;progress</translation>
    </message>
    <message>
        <source>Re&amp;ferred</source>
        <translation>Re&amp;ferred</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Close case…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Data-subject e&amp;xtract…</source>
        <translation>Data-subject e&amp;xtract…</translation>
    </message>
    <message>
        <source>Save what this case holds about the reporter as a PDF and a JSON file, for a request for access</source>
        <translation>Save what this case holds about the reporter as a PDF and a JSON file, for a request for access</translation>
    </message>
    <message>
        <source>Marks that you are working on this case; the status shows in the case list.</source>
        <translation>Marks that you are working on this case; the status shows in the case list.</translation>
    </message>
    <message>
        <source>Marks that the reporter was referred elsewhere; record where on the Referrals tab.</source>
        <translation>Marks that the reporter was referred elsewhere; record where on the Referrals tab.</translation>
    </message>
    <message>
        <source>Records the outcome and closes the case; this sets its destruction date.</source>
        <translation>Records the outcome and closes the case; this sets its destruction date.</translation>
    </message>
    <message>
        <source>Opens this closed case again, to record more in it.</source>
        <translation>Opens this closed case again, to record more in it.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Number, pseudonym or any word from the case (Ctrl+F)</source>
        <translation>Number, pseudonym or any word from the case (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;New intake…</translation>
    </message>
    <message>
        <source>Start a new intake (Ctrl+N)</source>
        <translation>Start a new intake (Ctrl+N)</translation>
    </message>
    <message>
        <source>Signal &amp;bundling…</source>
        <translation>Signal &amp;bundling…</translation>
    </message>
    <message>
        <source>Cases about the same unit or person</source>
        <translation>Cases about the same unit or person</translation>
    </message>
    <message>
        <source>Export &amp;hours…</source>
        <translation>Export &amp;hours…</translation>
    </message>
    <message>
        <source>The hours of one month for invoicing, as CSV</source>
        <translation>The hours of one month for invoicing, as CSV</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Ground:</translation>
    </message>
    <message>
        <source>Filter by ground</source>
        <translation>Filter by ground</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <source>Intake &amp;period from</source>
        <translation>Intake &amp;period from</translation>
    </message>
    <message>
        <source>Filter by intake period</source>
        <translation>Filter by intake period</translation>
    </message>
    <message>
        <source>Intake period from</source>
        <translation>Intake period from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Intake period to</source>
        <translation>Intake period to</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-ups only</source>
        <translation>&amp;Overdue follow-ups only</translation>
    </message>
    <message>
        <source>Show &amp;drafts</source>
        <translation>Show &amp;drafts</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Shows only cases with this status, such as new, in progress or closed.</source>
        <translation>Shows only cases with this status, such as new, in progress or closed.</translation>
    </message>
    <message>
        <source>Shows only cases of this type, such as signals or complaints.</source>
        <translation>Shows only cases of this type, such as signals or complaints.</translation>
    </message>
    <message>
        <source>Shows only cases with this ground of discrimination.</source>
        <translation>Shows only cases with this ground of discrimination.</translation>
    </message>
    <message>
        <source>Shows only cases about this department or district.</source>
        <translation>Shows only cases about this department or district.</translation>
    </message>
    <message>
        <source>Shows only cases with an intake date in the period beside it.</source>
        <translation>Shows only cases with an intake date in the period beside it.</translation>
    </message>
    <message>
        <source>The first intake date the list shows.</source>
        <translation>The first intake date the list shows.</translation>
    </message>
    <message>
        <source>The last intake date the list shows.</source>
        <translation>The last intake date the list shows.</translation>
    </message>
    <message>
        <source>Shows only cases with a follow-up past its due date.</source>
        <translation>Shows only cases with a follow-up past its due date.</translation>
    </message>
    <message>
        <source>Also lists intakes that are not yet registered as a case.</source>
        <translation>Also lists intakes that are not yet registered as a case.</translation>
    </message>
    <message>
        <source>Shows all cases again: clears the search and every filter.</source>
        <translation>Shows all cases again: clears the search and every filter.</translation>
    </message>
    <message>
        <source>Cases matching the search and filters; press Enter to open one.</source>
        <translation>Cases matching the search and filters; press Enter to open one.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Repeat new passphrase:</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changing the passphrase</translation>
    </message>
    <message>
        <source>The passphrase that unlocks the vault now.</source>
        <translation>The passphrase that unlocks the vault now.</translation>
    </message>
    <message>
        <source>The passphrase that will unlock the vault from now on; the meter below rates it.</source>
        <translation>The passphrase that will unlock the vault from now on; the meter below rates it.</translation>
    </message>
    <message>
        <source>Type the new passphrase again, to rule out a typing error.</source>
        <translation>Type the new passphrase again, to rule out a typing error.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>&amp;Measures taken:</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>Closed &amp;on:</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Destruction date</source>
        <translation>Destruction date</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>How the case ended, such as resolved, referred elsewhere or withdrawn by the reporter.</source>
        <translation>How the case ended, such as resolved, referred elsewhere or withdrawn by the reporter.</translation>
    </message>
    <message>
        <source>Tick every measure taken in this case; Space ticks or clears the selected one.</source>
        <translation>Tick every measure taken in this case; Space ticks or clears the selected one.</translation>
    </message>
    <message>
        <source>The day the case was closed; the destruction date is counted from it.</source>
        <translation>The day the case was closed; the destruction date is counted from it.</translation>
    </message>
</context>
<context>
    <name>CodeItemDialog</name>
    <message>
        <source>&amp;Dutch name:</source>
        <translation>&amp;Dutch name:</translation>
    </message>
    <message>
        <source>Dutch name</source>
        <translation>Dutch name</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>The name shown when Baken is set to Dutch.</source>
        <translation>The name shown when Baken is set to Dutch.</translation>
    </message>
    <message>
        <source>The name shown when Baken is set to English.</source>
        <translation>The name shown when Baken is set to English.</translation>
    </message>
</context>
<context>
    <name>CodeListEditor</name>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>Code list</source>
        <translation>Code list</translation>
    </message>
    <message>
        <source>Items of the code list</source>
        <translation>Items of the code list</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Rest&amp;ore</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Chooses which list of choices to edit, such as the grounds of discrimination.</source>
        <translation>Chooses which list of choices to edit, such as the grounds of discrimination.</translation>
    </message>
    <message>
        <source>The items of the chosen list in both languages; select one to rename, retire or delete it.</source>
        <translation>The items of the chosen list in both languages; select one to rename, retire or delete it.</translation>
    </message>
    <message>
        <source>Adds a new item to this list, with a Dutch and an English name.</source>
        <translation>Adds a new item to this list, with a Dutch and an English name.</translation>
    </message>
    <message>
        <source>Changes the Dutch and English name of the selected item.</source>
        <translation>Changes the Dutch and English name of the selected item.</translation>
    </message>
    <message>
        <source>Stops offering the selected item; records that already use it keep it.</source>
        <translation>Stops offering the selected item; records that already use it keep it.</translation>
    </message>
    <message>
        <source>Offers the selected retired item again.</source>
        <translation>Offers the selected retired item again.</translation>
    </message>
    <message>
        <source>Removes an item you added that is used nowhere; this cannot be undone.</source>
        <translation>Removes an item you added that is used nowhere; this cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>New consultation</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>Consultation state</source>
        <translation>Consultation state</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>Date and time of the consultation</source>
        <translation>Date and time of the consultation</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <source>Time since the timer started</source>
        <translation>Time since the timer started</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Staff member:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Channe&amp;l:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Caller &amp;role:</source>
        <translation>Caller &amp;role:</translation>
    </message>
    <message>
        <source>Caller role</source>
        <translation>Caller role</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>Un&amp;it:</translation>
    </message>
    <message>
        <source>Unit (optional)</source>
        <translation>Unit (optional)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Grounds:</translation>
    </message>
    <message>
        <source>Forms of beha&amp;viour:</source>
        <translation>Forms of beha&amp;viour:</translation>
    </message>
    <message>
        <source>Grounds of discrimination</source>
        <translation>Grounds of discrimination</translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation>Forms of behaviour</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>The caller&apos;s question in a few words</source>
        <translation>The caller&apos;s question in a few words</translation>
    </message>
    <message>
        <source>The caller&apos;s question in a few words, without names</source>
        <translation>The caller&apos;s question in a few words, without names</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>Characters left</translation>
    </message>
    <message>
        <source>Was it discrimination?</source>
        <translation>Was it discrimination?</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;Possibly</source>
        <translation>&amp;Possibly</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Unclear</source>
        <translation>&amp;Unclear</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Listened and e&amp;xplained</source>
        <translation>Listened and e&amp;xplained</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Advice:</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <source>R&amp;eferred to:</source>
        <translation>R&amp;eferred to:</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Referral guide</source>
        <translation>Referral guide</translation>
    </message>
    <message>
        <source>Referral guide for the chosen body</source>
        <translation>Referral guide for the chosen body</translation>
    </message>
    <message>
        <source>Edit the guide…</source>
        <translation>Edit the guide…</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Call&amp;back wanted</source>
        <translation>Call&amp;back wanted</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact:</translation>
    </message>
    <message>
        <source>Phone number or address for the callback</source>
        <translation>Phone number or address for the callback</translation>
    </message>
    <message>
        <source>Phone number or address; erased when the callback is done</source>
        <translation>Phone number or address; erased when the callback is done</translation>
    </message>
    <message>
        <source>Due &amp;on:</source>
        <translation>Due &amp;on:</translation>
    </message>
    <message>
        <source>Callback due date</source>
        <translation>Callback due date</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Log a silent call</source>
        <translation>Log a silent call</translation>
    </message>
    <message>
        <source>Log a call where the caller hung up</source>
        <translation>Log a call where the caller hung up</translation>
    </message>
    <message>
        <source>Log an abusive call</source>
        <translation>Log an abusive call</translation>
    </message>
    <message>
        <source>Log a test call</source>
        <translation>Log a test call</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>&amp;Make this a case</source>
        <translation>&amp;Make this a case</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>When the call, chat or visit began.</source>
        <translation>When the call, chat or visit began.</translation>
    </message>
    <message>
        <source>How long the consultation took; the timer beside it can fill this in.</source>
        <translation>How long the consultation took; the timer beside it can fill this in.</translation>
    </message>
    <message>
        <source>The colleague who took this consultation.</source>
        <translation>The colleague who took this consultation.</translation>
    </message>
    <message>
        <source>How the caller reached the doubt line, such as by phone, chat or walk-in.</source>
        <translation>How the caller reached the doubt line, such as by phone, chat or walk-in.</translation>
    </message>
    <message>
        <source>The caller&apos;s position, such as affected employee, bystander or manager.</source>
        <translation>The caller&apos;s position, such as affected employee, bystander or manager.</translation>
    </message>
    <message>
        <source>The department or district it is about, only if the caller mentions it.</source>
        <translation>The department or district it is about, only if the caller mentions it.</translation>
    </message>
    <message>
        <source>Tick every ground the question touches on; Space ticks or clears the selected one.</source>
        <translation>Tick every ground the question touches on; Space ticks or clears the selected one.</translation>
    </message>
    <message>
        <source>Tick every form of behaviour the caller describes; Space ticks or clears the selected one.</source>
        <translation>Tick every form of behaviour the caller describes; Space ticks or clears the selected one.</translation>
    </message>
    <message>
        <source>In your judgement it was discrimination.</source>
        <translation>In your judgement it was discrimination.</translation>
    </message>
    <message>
        <source>In your judgement it may have been discrimination.</source>
        <translation>In your judgement it may have been discrimination.</translation>
    </message>
    <message>
        <source>In your judgement it was not discrimination, though it may be undesirable behaviour.</source>
        <translation>In your judgement it was not discrimination, though it may be undesirable behaviour.</translation>
    </message>
    <message>
        <source>Too little is known to judge whether it was discrimination.</source>
        <translation>Too little is known to judge whether it was discrimination.</translation>
    </message>
    <message>
        <source>You listened and explained, without a specific advice or a referral.</source>
        <translation>You listened and explained, without a specific advice or a referral.</translation>
    </message>
    <message>
        <source>You gave the advice chosen beside it.</source>
        <translation>You gave the advice chosen beside it.</translation>
    </message>
    <message>
        <source>The advice you gave, such as writing down what happened; choosing one also selects Advice.</source>
        <translation>The advice you gave, such as writing down what happened; choosing one also selects Advice.</translation>
    </message>
    <message>
        <source>You referred the caller to the body chosen beside it.</source>
        <translation>You referred the caller to the body chosen beside it.</translation>
    </message>
    <message>
        <source>The body you referred the caller to; the referral guide below shows what to tell them.</source>
        <translation>The body you referred the caller to; the referral guide below shows what to tell them.</translation>
    </message>
    <message>
        <source>Changes what the referral guide says about each body, in Dutch and English.</source>
        <translation>Changes what the referral guide says about each body, in Dutch and English.</translation>
    </message>
    <message>
        <source>Tick when the caller wants to be called back; their contact detail is erased once that is done.</source>
        <translation>Tick when the caller wants to be called back; their contact detail is erased once that is done.</translation>
    </message>
    <message>
        <source>The date by which to call back; until then the callback stays in the open callbacks.</source>
        <translation>The date by which to call back; until then the callback stays in the open callbacks.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact moment</source>
        <translation>Contact moment</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Date and time of the contact</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>When you were in contact with the reporter or someone else about the case.</source>
        <translation>When you were in contact with the reporter or someone else about the case.</translation>
    </message>
    <message>
        <source>How the contact took place, such as by phone or in person.</source>
        <translation>How the contact took place, such as by phone or in person.</translation>
    </message>
    <message>
        <source>How long the contact took; the minutes stay in the figures even after the case is destroyed.</source>
        <translation>How long the contact took; the minutes stay in the figures even after the case is destroyed.</translation>
    </message>
    <message>
        <source>What was discussed and agreed; earlier versions are kept when you change it.</source>
        <translation>What was discussed and agreed; earlier versions are kept when you change it.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>e.g. Racism at work</source>
        <translation>e.g. Racism at work</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the group is for and who it is for. It may go into the calendar file, so no names.</source>
        <translation>What the group is for and who it is for. It may go into the calendar file, so no names.</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Facilitators:</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> seats</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>A room or an address</source>
        <translation>A room or an address</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Online &amp;link:</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>F&amp;irst session:</source>
        <translation>F&amp;irst session:</translation>
    </message>
    <message>
        <source>Date and time of the first session</source>
        <translation>Date and time of the first session</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repeats:</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>after a &amp;number of sessions</source>
        <translation>after a &amp;number of sessions</translation>
    </message>
    <message>
        <source>on a la&amp;st day</source>
        <translation>on a la&amp;st day</translation>
    </message>
    <message>
        <source>Number of sessi&amp;ons:</source>
        <translation>Number of sessi&amp;ons:</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <source>Last da&amp;y:</source>
        <translation>Last da&amp;y:</translation>
    </message>
    <message>
        <source>Last day a session may fall on</source>
        <translation>Last day a session may fall on</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Tasks for the facilitator. 0 switches a rule off.</source>
        <translation>Tasks for the facilitator. 0 switches a rule off.</translation>
    </message>
    <message>
        <source>Task after &amp;missing:</source>
        <translation>Task after &amp;missing:</translation>
    </message>
    <message>
        <source>Task after missing this many sessions in a row</source>
        <translation>Task after missing this many sessions in a row</translation>
    </message>
    <message>
        <source> sessions in a row</source>
        <translation> sessions in a row</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Chec&amp;k-in after the end:</source>
        <translation>Chec&amp;k-in after the end:</translation>
    </message>
    <message>
        <source>Check-in this many days after the last session</source>
        <translation>Check-in this many days after the last session</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>S&amp;essions:</source>
        <translation>S&amp;essions:</translation>
    </message>
    <message>
        <source>Session dates of the series</source>
        <translation>Session dates of the series</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>C&amp;apacity:</translation>
    </message>
    <message>
        <source>The subject of the group, shown in the group list and in the calendar file.</source>
        <translation>The subject of the group, shown in the group list and in the calendar file.</translation>
    </message>
    <message>
        <source>What the group is for and who may join; it may go into the calendar file, so write no names.</source>
        <translation>What the group is for and who may join; it may go into the calendar file, so write no names.</translation>
    </message>
    <message>
        <source>Tick the colleagues who lead this group; Space ticks or clears the selected one.</source>
        <translation>Tick the colleagues who lead this group; Space ticks or clears the selected one.</translation>
    </message>
    <message>
        <source>How many members the group takes; anyone after that goes on the waiting list.</source>
        <translation>How many members the group takes; anyone after that goes on the waiting list.</translation>
    </message>
    <message>
        <source>The web address of the online meeting, if the group also meets online.</source>
        <translation>The web address of the online meeting, if the group also meets online.</translation>
    </message>
    <message>
        <source>The day and start time of the first session; the others follow the pattern below.</source>
        <translation>The day and start time of the first session; the others follow the pattern below.</translation>
    </message>
    <message>
        <source>How long each session lasts, in minutes.</source>
        <translation>How long each session lasts, in minutes.</translation>
    </message>
    <message>
        <source>How often the group meets, such as every week or every month on the first Wednesday.</source>
        <translation>How often the group meets, such as every week or every month on the first Wednesday.</translation>
    </message>
    <message>
        <source>The series ends after the number of sessions set below.</source>
        <translation>The series ends after the number of sessions set below.</translation>
    </message>
    <message>
        <source>The series ends on the last day set below.</source>
        <translation>The series ends on the last day set below.</translation>
    </message>
    <message>
        <source>How many sessions the series has.</source>
        <translation>How many sessions the series has.</translation>
    </message>
    <message>
        <source>No session is planned after this day.</source>
        <translation>No session is planned after this day.</translation>
    </message>
    <message>
        <source>A task to contact a member who missed this many sessions in a row; 0 switches it off.</source>
        <translation>A task to contact a member who missed this many sessions in a row; 0 switches it off.</translation>
    </message>
    <message>
        <source>A task to ask the members how they are, this many days after the last session; 0 switches it off.</source>
        <translation>A task to ask the members how they are, this many days after the last session; 0 switches it off.</translation>
    </message>
    <message>
        <source>The dates of every session in the series, as the settings above make them.</source>
        <translation>The dates of every session in the series, as the settings above make them.</translation>
    </message>
</context>
<context>
    <name>HoursExportDialog</name>
    <message>
        <source>Export hours</source>
        <translation>Export hours</translation>
    </message>
    <message>
        <source>The hours of one client organisation in one month, for invoicing: case numbers and hours only. No names, no text, no dates finer than the month.</source>
        <translation>The hours of one client organisation in one month, for invoicing: case numbers and hours only. No names, no text, no dates finer than the month.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Client organisation:</source>
        <translation>&amp;Client organisation:</translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation>Client organisation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The month whose hours are exported.</source>
        <translation>The month whose hours are exported.</translation>
    </message>
    <message>
        <source>The organisation to invoice; only its cases are counted.</source>
        <translation>The organisation to invoice; only its cases are counted.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;Back to cases</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left); the draft is kept</source>
        <translation>Back to the list (Alt+Left); the draft is kept</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation>Draft state</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Intake &amp;date:</source>
        <translation>Intake &amp;date:</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The reporter is a b&amp;ystander (omstander)</source>
        <translation>The reporter is a b&amp;ystander (omstander)</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Reporter is:</source>
        <translation>Reporter is:</translation>
    </message>
    <message>
        <source>A&amp;nonymous</source>
        <translation>A&amp;nonymous</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <source>Na&amp;med</source>
        <translation>Na&amp;med</translation>
    </message>
    <message>
        <source>Pse&amp;udonym:</source>
        <translation>Pse&amp;udonym:</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>A name that does not identify the reporter</source>
        <translation>A name that does not identify the reporter</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Reporter name</source>
        <translation>Reporter name</translation>
    </message>
    <message>
        <source>Contact &amp;details:</source>
        <translation>Contact &amp;details:</translation>
    </message>
    <message>
        <source>Reporter contact details</source>
        <translation>Reporter contact details</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Phone or e-mail</translation>
    </message>
    <message>
        <source>Reporter &amp;role:</source>
        <translation>Reporter &amp;role:</translation>
    </message>
    <message>
        <source>Reporter role</source>
        <translation>Reporter role</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Client or&amp;ganisation:</source>
        <translation>Client or&amp;ganisation:</translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation>Client organisation</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Accused</translation>
    </message>
    <message>
        <source>Role of the &amp;accused:</source>
        <translation>Role of the &amp;accused:</translation>
    </message>
    <message>
        <source>Role of the accused</source>
        <translation>Role of the accused</translation>
    </message>
    <message>
        <source>Name (optional):</source>
        <translation>Name (optional):</translation>
    </message>
    <message>
        <source>Name of the accused</source>
        <translation>Name of the accused</translation>
    </message>
    <message>
        <source>Consent of the reporter</source>
        <translation>Consent of the reporter</translation>
    </message>
    <message>
        <source>May be &amp;contacted</source>
        <translation>May be &amp;contacted</translation>
    </message>
    <message>
        <source>Consent: may be contacted</source>
        <translation>Consent: may be contacted</translation>
    </message>
    <message>
        <source>Date of consent to be contacted</source>
        <translation>Date of consent to be contacted</translation>
    </message>
    <message>
        <source>May be &amp;shared</source>
        <translation>May be &amp;shared</translation>
    </message>
    <message>
        <source>Consent: may be shared</source>
        <translation>Consent: may be shared</translation>
    </message>
    <message>
        <source>Date of consent to share</source>
        <translation>Date of consent to share</translation>
    </message>
    <message>
        <source>Share wit&amp;h:</source>
        <translation>Share wit&amp;h:</translation>
    </message>
    <message>
        <source>Body to share with</source>
        <translation>Body to share with</translation>
    </message>
    <message>
        <source>May be b&amp;undled with other signals</source>
        <translation>May be b&amp;undled with other signals</translation>
    </message>
    <message>
        <source>Consent: may be bundled</source>
        <translation>Consent: may be bundled</translation>
    </message>
    <message>
        <source>Date of consent to bundle</source>
        <translation>Date of consent to bundle</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Incident date:</source>
        <translation>Incident date:</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <source>Incident date known</source>
        <translation>Incident date known</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>un&amp;til</translation>
    </message>
    <message>
        <source>Incident lasted until</source>
        <translation>Incident lasted until</translation>
    </message>
    <message>
        <source>Incident until</source>
        <translation>Incident until</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact:</translation>
    </message>
    <message>
        <source>Impact on the reporter</source>
        <translation>Impact on the reporter</translation>
    </message>
    <message>
        <source>Desired outcom&amp;e:</source>
        <translation>Desired outcom&amp;e:</translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation>Desired outcome</translation>
    </message>
    <message>
        <source>Grounds and forms</source>
        <translation>Grounds and forms</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Grounds:</translation>
    </message>
    <message>
        <source>Grounds of discrimination</source>
        <translation>Grounds of discrimination</translation>
    </message>
    <message>
        <source>Forms of &amp;behaviour:</source>
        <translation>Forms of &amp;behaviour:</translation>
    </message>
    <message>
        <source>Forms of undesirable behaviour</source>
        <translation>Forms of undesirable behaviour</translation>
    </message>
    <message>
        <source>Plan a follo&amp;w-up:</source>
        <translation>Plan a follo&amp;w-up:</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Plan a follow-up</translation>
    </message>
    <message>
        <source>Follow-up description</source>
        <translation>Follow-up description</translation>
    </message>
    <message>
        <source>d&amp;ue</source>
        <translation>d&amp;ue</translation>
    </message>
    <message>
        <source>Follow-up due date</source>
        <translation>Follow-up due date</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>The day the report was made to you.</source>
        <translation>The day the report was made to you.</translation>
    </message>
    <message>
        <source>How the report reached you, such as by phone, e-mail or in person.</source>
        <translation>How the report reached you, such as by phone, e-mail or in person.</translation>
    </message>
    <message>
        <source>What kind of case this is: a question, a signal, an integrity report or a complaint.</source>
        <translation>What kind of case this is: a question, a signal, an integrity report or a complaint.</translation>
    </message>
    <message>
        <source>Tick when the reporter saw it happen to someone else.</source>
        <translation>Tick when the reporter saw it happen to someone else.</translation>
    </message>
    <message>
        <source>Keeps no name, pseudonym or contact details of the reporter.</source>
        <translation>Keeps no name, pseudonym or contact details of the reporter.</translation>
    </message>
    <message>
        <source>Keeps a made-up name and contact details, but not the reporter&apos;s real name.</source>
        <translation>Keeps a made-up name and contact details, but not the reporter&apos;s real name.</translation>
    </message>
    <message>
        <source>Also keeps the reporter&apos;s real name; choose this only when it is needed.</source>
        <translation>Also keeps the reporter&apos;s real name; choose this only when it is needed.</translation>
    </message>
    <message>
        <source>A name that does not identify the reporter; shown in the case list instead of a real name.</source>
        <translation>A name that does not identify the reporter; shown in the case list instead of a real name.</translation>
    </message>
    <message>
        <source>The reporter&apos;s real name; kept only when Named is chosen.</source>
        <translation>The reporter&apos;s real name; kept only when Named is chosen.</translation>
    </message>
    <message>
        <source>The reporter&apos;s position, such as affected employee, manager or former employee.</source>
        <translation>The reporter&apos;s position, such as affected employee, manager or former employee.</translation>
    </message>
    <message>
        <source>The department or district the report is about; counted in the anonymised figures.</source>
        <translation>The department or district the report is about; counted in the anonymised figures.</translation>
    </message>
    <message>
        <source>The organisation that hired you for this case; hours are exported per client.</source>
        <translation>The organisation that hired you for this case; hours are exported per client.</translation>
    </message>
    <message>
        <source>The position of the person the report is about, such as manager or colleague.</source>
        <translation>The position of the person the report is about, such as manager or colleague.</translation>
    </message>
    <message>
        <source>The name of the person the report is about; fill it in only when it is needed.</source>
        <translation>The name of the person the report is about; fill it in only when it is needed.</translation>
    </message>
    <message>
        <source>The reporter agrees to be contacted about the case.</source>
        <translation>The reporter agrees to be contacted about the case.</translation>
    </message>
    <message>
        <source>The day the reporter gave this consent.</source>
        <translation>The day the reporter gave this consent.</translation>
    </message>
    <message>
        <source>The reporter agrees that the case is shared with the body chosen under Share with.</source>
        <translation>The reporter agrees that the case is shared with the body chosen under Share with.</translation>
    </message>
    <message>
        <source>The body the reporter allows the case to be shared with, such as HR or the integrity office.</source>
        <translation>The body the reporter allows the case to be shared with, such as HR or the integrity office.</translation>
    </message>
    <message>
        <source>The reporter agrees that this signal is combined with others about the same unit or person.</source>
        <translation>The reporter agrees that this signal is combined with others about the same unit or person.</translation>
    </message>
    <message>
        <source>Tick when the date of the incident is known, then fill it in.</source>
        <translation>Tick when the date of the incident is known, then fill it in.</translation>
    </message>
    <message>
        <source>The day the incident happened, or its first day.</source>
        <translation>The day the incident happened, or its first day.</translation>
    </message>
    <message>
        <source>Tick when the incident went on for more than one day.</source>
        <translation>Tick when the incident went on for more than one day.</translation>
    </message>
    <message>
        <source>The last day of the incident.</source>
        <translation>The last day of the incident.</translation>
    </message>
    <message>
        <source>Whether it happened once, several times or is still going on.</source>
        <translation>Whether it happened once, several times or is still going on.</translation>
    </message>
    <message>
        <source>The reporter&apos;s account of what happened, in your words; erased when the case is destroyed.</source>
        <translation>The reporter&apos;s account of what happened, in your words; erased when the case is destroyed.</translation>
    </message>
    <message>
        <source>What it means for the reporter, at work and beyond.</source>
        <translation>What it means for the reporter, at work and beyond.</translation>
    </message>
    <message>
        <source>What the reporter hopes will happen now.</source>
        <translation>What the reporter hopes will happen now.</translation>
    </message>
    <message>
        <source>Tick every ground that plays a part; Space ticks or clears the selected one.</source>
        <translation>Tick every ground that plays a part; Space ticks or clears the selected one.</translation>
    </message>
    <message>
        <source>Tick every form of behaviour the report is about; Space ticks or clears the selected one.</source>
        <translation>Tick every form of behaviour the report is about; Space ticks or clears the selected one.</translation>
    </message>
    <message>
        <source>Adds a follow-up to the case when you register it, such as calling the reporter back.</source>
        <translation>Adds a follow-up to the case when you register it, such as calling the reporter back.</translation>
    </message>
    <message>
        <source>What to do, for example: call the reporter back.</source>
        <translation>What to do, for example: call the reporter back.</translation>
    </message>
    <message>
        <source>The date by which the follow-up must be done; it shows on the dashboard.</source>
        <translation>The date by which the follow-up must be done; it shows on the dashboard.</translation>
    </message>
    <message>
        <source>Removes this draft intake and everything typed in it from the vault.</source>
        <translation>Removes this draft intake and everything typed in it from the vault.</translation>
    </message>
    <message>
        <source>Saves the changed intake in the vault.</source>
        <translation>Saves the changed intake in the vault.</translation>
    </message>
    <message>
        <source>Registers the intake as a case with its own number; until then it stays a draft.</source>
        <translation>Registers the intake as a case with its own number; until then it stays a draft.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>A vault is one encrypted file that holds everything you record in Baken. Keep it on this computer, not on a shared or synchronised drive.</source>
        <translation>A vault is one encrypted file that holds everything you record in Baken. Keep it on this computer, not on a shared or synchronised drive.</translation>
    </message>
    <message>
        <source>&amp;File for the new vault:</source>
        <translation>&amp;File for the new vault:</translation>
    </message>
    <message>
        <source>File for the new vault</source>
        <translation>File for the new vault</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the file for the new vault</source>
        <translation>Choose the file for the new vault</translation>
    </message>
    <message>
        <source>The folder and file name of the new vault, ending in .baken.</source>
        <translation>The folder and file name of the new vault, ending in .baken.</translation>
    </message>
    <message>
        <source>Opens a file window to pick the folder and the name of the vault.</source>
        <translation>Opens a file window to pick the folder and the name of the vault.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>The passphrase unlocks the vault each time you start work. Nobody can reset it for you, so choose one you will remember and nobody could guess.</source>
        <translation>The passphrase unlocks the vault each time you start work. Nobody can reset it for you, so choose one you will remember and nobody could guess.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>S&amp;how the passphrase</source>
        <translation>S&amp;how the passphrase</translation>
    </message>
    <message>
        <source>The passphrase that will unlock this vault; the meter below rates how hard it is to guess.</source>
        <translation>The passphrase that will unlock this vault; the meter below rates how hard it is to guess.</translation>
    </message>
    <message>
        <source>Type the same passphrase again, to rule out a typing error.</source>
        <translation>Type the same passphrase again, to rule out a typing error.</translation>
    </message>
    <message>
        <source>Shows the passphrase as plain text instead of dots; make sure nobody is watching.</source>
        <translation>Shows the passphrase as plain text instead of dots; make sure nobody is watching.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>If you ever forget the passphrase, this recovery key opens your backups. Baken shows it only now. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>If you ever forget the passphrase, this recovery key opens your backups. Baken shows it only now. Write it down or print it, and keep it somewhere safe, away from this computer.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Print / save as PDF…</source>
        <translation>&amp;Print / save as PDF…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>I have &amp;written down or printed the recovery key</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>Prints the recovery key, or saves it as a PDF to print elsewhere.</source>
        <translation>Prints the recovery key, or saves it as a PDF to print elsewhere.</translation>
    </message>
    <message>
        <source>Tick this once the key is kept safe; only then can you create the vault.</source>
        <translation>Tick this once the key is kept safe; only then can you create the vault.</translation>
    </message>
</context>
<context>
    <name>ReferralGuideDialog</name>
    <message>
        <source>Referral guide</source>
        <translation>Referral guide</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Referral bodies</source>
        <translation>Referral bodies</translation>
    </message>
    <message>
        <source>&amp;Nederlands</source>
        <translation>&amp;Nederlands</translation>
    </message>
    <message>
        <source>En&amp;glish</source>
        <translation>En&amp;glish</translation>
    </message>
    <message>
        <source>&amp;What it does:</source>
        <translation>&amp;What it does:</translation>
    </message>
    <message>
        <source>What it does (Dutch)</source>
        <translation>What it does (Dutch)</translation>
    </message>
    <message>
        <source>What it does (English)</source>
        <translation>What it does (English)</translation>
    </message>
    <message>
        <source>W&amp;hen to go there:</source>
        <translation>W&amp;hen to go there:</translation>
    </message>
    <message>
        <source>When to go there (Dutch)</source>
        <translation>When to go there (Dutch)</translation>
    </message>
    <message>
        <source>When to go there (English)</source>
        <translation>When to go there (English)</translation>
    </message>
    <message>
        <source>What happens ne&amp;xt:</source>
        <translation>What happens ne&amp;xt:</translation>
    </message>
    <message>
        <source>What happens next (Dutch)</source>
        <translation>What happens next (Dutch)</translation>
    </message>
    <message>
        <source>What happens next (English)</source>
        <translation>What happens next (English)</translation>
    </message>
    <message>
        <source>&amp;Anonymous reports:</source>
        <translation>&amp;Anonymous reports:</translation>
    </message>
    <message>
        <source>Accepts anonymous reports</source>
        <translation>Accepts anonymous reports</translation>
    </message>
    <message>
        <source>N&amp;ote on anonymity:</source>
        <translation>N&amp;ote on anonymity:</translation>
    </message>
    <message>
        <source>Note on anonymity (Dutch)</source>
        <translation>Note on anonymity (Dutch)</translation>
    </message>
    <message>
        <source>Note on anonymity (English)</source>
        <translation>Note on anonymity (English)</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>The body&apos;s contact details</source>
        <translation>The body&apos;s contact details</translation>
    </message>
    <message>
        <source>The body&apos;s phone number, website or address; never a person&apos;s</source>
        <translation>The body&apos;s phone number, website or address; never a person&apos;s</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What every colleague tells a caller about each body: what it does, when to go there, what happens next and whether it can act on an anonymous report. Write it in both languages; the consultation form shows the language Baken is set to.</source>
        <translation>What every colleague tells a caller about each body: what it does, when to go there, what happens next and whether it can act on an anonymous report. Write it in both languages; the consultation form shows the language Baken is set to.</translation>
    </message>
    <message>
        <source>The referral bodies; choose one to edit what colleagues tell callers about it.</source>
        <translation>The referral bodies; choose one to edit what colleagues tell callers about it.</translation>
    </message>
    <message>
        <source>In Dutch: what this body does, in words a caller understands.</source>
        <translation>In Dutch: what this body does, in words a caller understands.</translation>
    </message>
    <message>
        <source>In English: what this body does, in words a caller understands.</source>
        <translation>In English: what this body does, in words a caller understands.</translation>
    </message>
    <message>
        <source>In Dutch: with which situations a caller can turn to this body.</source>
        <translation>In Dutch: with which situations a caller can turn to this body.</translation>
    </message>
    <message>
        <source>In English: with which situations a caller can turn to this body.</source>
        <translation>In English: with which situations a caller can turn to this body.</translation>
    </message>
    <message>
        <source>In Dutch: what happens after a caller contacts this body.</source>
        <translation>In Dutch: what happens after a caller contacts this body.</translation>
    </message>
    <message>
        <source>In English: what happens after a caller contacts this body.</source>
        <translation>In English: what happens after a caller contacts this body.</translation>
    </message>
    <message>
        <source>Whether this body can act on a report from someone who stays anonymous.</source>
        <translation>Whether this body can act on a report from someone who stays anonymous.</translation>
    </message>
    <message>
        <source>In Dutch: what a caller should know about staying anonymous with this body.</source>
        <translation>In Dutch: what a caller should know about staying anonymous with this body.</translation>
    </message>
    <message>
        <source>In English: what a caller should know about staying anonymous with this body.</source>
        <translation>In English: what a caller should know about staying anonymous with this body.</translation>
    </message>
    <message>
        <source>Saves the guide for this body; choosing another body saves it too.</source>
        <translation>Saves the guide for this body; choosing another body saves it too.</translation>
    </message>
    <message>
        <source>Saves the changes and closes the referral guide.</source>
        <translation>Saves the changes and closes the referral guide.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Minutes without input before the vault locks</source>
        <translation>Minutes without input before the vault locks</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Language of Baken</source>
        <translation>Language of Baken</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Code lists</translation>
    </message>
    <message>
        <source>The choices offered in cases, consultations and reports. Retire an item to stop offering it; records that use it keep it.</source>
        <translation>The choices offered in cases, consultations and reports. Retire an item to stop offering it; records that use it keep it.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <source>&amp;Retention period:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <source>Months after closing before a case file is destroyed</source>
        <translation>Months after closing before a case file is destroyed</translation>
    </message>
    <message>
        <source>Kept in this vault, for every advisor who opens it. Applies to cases closed from now on; cases already closed keep their destruction date.</source>
        <translation>Kept in this vault, for every advisor who opens it. Applies to cases closed from now on; cases already closed keep their destruction date.</translation>
    </message>
    <message>
        <source>Retention period message</source>
        <translation>Retention period message</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Doubt line</translation>
    </message>
    <message>
        <source>Loc&amp;k after inactivity:</source>
        <translation>Loc&amp;k after inactivity:</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Roll-up</translation>
    </message>
    <message>
        <source>Lock &amp;when the window is minimised</source>
        <translation>Lock &amp;when the window is minimised</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Audit log:</translation>
    </message>
    <message>
        <source>Check the audit log…</source>
        <translation>Check the audit log…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>After this many minutes without mouse or keyboard use, Baken locks the vault.</source>
        <translation>After this many minutes without mouse or keyboard use, Baken locks the vault.</translation>
    </message>
    <message>
        <source>Sets a new passphrase for this vault; you need the current one for it.</source>
        <translation>Sets a new passphrase for this vault; you need the current one for it.</translation>
    </message>
    <message>
        <source>Locks the vault as soon as the Baken window is minimised.</source>
        <translation>Locks the vault as soon as the Baken window is minimised.</translation>
    </message>
    <message>
        <source>Shows the audit log of what was done in this vault and checks that nobody changed it.</source>
        <translation>Shows the audit log of what was done in this vault and checks that nobody changed it.</translation>
    </message>
    <message>
        <source>The language of the screens, menus and messages of Baken.</source>
        <translation>The language of the screens, menus and messages of Baken.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Baken</source>
        <translation>Welcome to Baken</translation>
    </message>
    <message>
        <source>Baken helps confidential advisors and doubt-line colleagues keep track of reports of discrimination and undesirable behaviour at work. Everything stays in one encrypted vault file on this computer, and only anonymised figures ever leave it.</source>
        <translation>Baken helps confidential advisors and doubt-line colleagues keep track of reports of discrimination and undesirable behaviour at work. Everything stays in one encrypted vault file on this computer, and only anonymised figures ever leave it.</translation>
    </message>
    <message>
        <source>&amp;Recent vaults:</source>
        <translation>&amp;Recent vaults:</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Recent vaults</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>Open &amp;selected</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Create new vault…</source>
        <translation>&amp;Create new vault…</translation>
    </message>
    <message>
        <source>Open &amp;demo vault</source>
        <translation>Open &amp;demo vault</translation>
    </message>
    <message>
        <source>The demo vault holds made-up data and a published passphrase: try Baken there, never record real cases in it.</source>
        <translation>The demo vault holds made-up data and a published passphrase: try Baken there, never record real cases in it.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? &amp;Restore from a backup…</source>
        <translation>Forgot your passphrase? &amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>A &amp;short tour of Baken…</source>
        <translation>A &amp;short tour of Baken…</translation>
    </message>
    <message>
        <source>Vaults opened on this computer before; press Enter to open the selected one.</source>
        <translation>Vaults opened on this computer before; press Enter to open the selected one.</translation>
    </message>
    <message>
        <source>Opens the vault selected in the list of recent vaults.</source>
        <translation>Opens the vault selected in the list of recent vaults.</translation>
    </message>
    <message>
        <source>Lets you choose a vault file (.baken) on this computer and opens it.</source>
        <translation>Lets you choose a vault file (.baken) on this computer and opens it.</translation>
    </message>
    <message>
        <source>Makes a new, empty encrypted vault with its own passphrase and recovery key.</source>
        <translation>Makes a new, empty encrypted vault with its own passphrase and recovery key.</translation>
    </message>
    <message>
        <source>Opens a vault with made-up cases to try Baken in; its passphrase is public.</source>
        <translation>Opens a vault with made-up cases to try Baken in; its passphrase is public.</translation>
    </message>
    <message>
        <source>Opens the user guide at a short tour of the screens of Baken.</source>
        <translation>Opens the user guide at a short tour of the screens of Baken.</translation>
    </message>
    <message>
        <source>Makes a new vault from a backup with the recovery key, and gives it a new passphrase.</source>
        <translation>Makes a new vault from a backup with the recovery key, and gives it a new passphrase.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlocking the vault</source>
        <translation>Unlocking the vault</translation>
    </message>
    <message>
        <source>Forgot your passphrase? &amp;Restore from a backup…</source>
        <translation>Forgot your passphrase? &amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>The passphrase chosen when this vault was made; after several wrong tries Baken makes you wait.</source>
        <translation>The passphrase chosen when this vault was made; after several wrong tries Baken makes you wait.</translation>
    </message>
    <message>
        <source>Makes a new vault from a backup with the recovery key, and gives it a new passphrase.</source>
        <translation>Makes a new vault from a backup with the recovery key, and gives it a new passphrase.</translation>
    </message>
</context>
<context>
    <name>baken::Backup</name>
    <message>
        <source>The backup folder %1 is not there. Connect the USB stick or network drive, or choose another folder in Settings.</source>
        <translation>The backup folder %1 is not there. Connect the USB stick or network drive, or choose another folder in Settings.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose a folder for backups in Settings.</source>
        <translation>%1 is not a folder. Choose a folder for backups in Settings.</translation>
    </message>
    <message>
        <source>The backup could not be written in %1. The disk may be full, or the folder may not accept files. Your vault and your earlier backups are unchanged.</source>
        <translation>The backup could not be written in %1. The disk may be full, or the folder may not accept files. Your vault and your earlier backups are unchanged.</translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2 Your vault and your earlier backups are unchanged.</source>
        <translation>The backup could not be written in %1: %2 Your vault and your earlier backups are unchanged.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Baken backup.</source>
        <translation>%1 is a folder, not a Baken backup.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Baken backup.</source>
        <translation>%1 is empty: it is not a Baken backup.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation>%1 cannot be read. Check its permissions.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted database, not a Baken backup. Baken only opens backups it made.</source>
        <translation>%1 is an unencrypted database, not a Baken backup. Baken only opens backups it made.</translation>
    </message>
    <message>
        <source>%1 is a Baken vault, not a backup: it opens with its own passphrase.</source>
        <translation>%1 is a Baken vault, not a backup: it opens with its own passphrase.</translation>
    </message>
    <message>
        <source>%1 is not a Baken backup.</source>
        <translation>%1 is not a Baken backup.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Baken. Install that version to restore it.</source>
        <translation>%1 was made by a newer version of Baken. Install that version to restore it.</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged: it cannot be restored. Try an older backup.</source>
        <translation>%1 is incomplete or damaged: it cannot be restored. Try an older backup.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>Keep between %1 and %2 backups.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups first.</source>
        <translation>Choose a folder for the backups first.</translation>
    </message>
    <message>
        <source>The recovery key of this vault is incomplete.</source>
        <translation>The recovery key of this vault is incomplete.</translation>
    </message>
    <message>
        <source>The backup key could not be made.</source>
        <translation>The backup key could not be made.</translation>
    </message>
    <message>
        <source>The copy does not hold the same records as the vault.</source>
        <translation>The copy does not hold the same records as the vault.</translation>
    </message>
    <message>
        <source>The integrity check of the copy failed.</source>
        <translation>The integrity check of the copy failed.</translation>
    </message>
    <message>
        <source>Choose where to save the restored vault.</source>
        <translation>Choose where to save the restored vault.</translation>
    </message>
    <message>
        <source>The restored vault needs a name of its own; it cannot replace the backup.</source>
        <translation>The restored vault needs a name of its own; it cannot replace the backup.</translation>
    </message>
    <message>
        <source>The folder for the restored vault does not exist.</source>
        <translation>The folder for the restored vault does not exist.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>A file with that name already exists. Choose another name.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is a folder.</translation>
    </message>
    <message>
        <source>The vault at that place is open or was not closed properly. Close it, or choose another name.</source>
        <translation>The vault at that place is open or was not closed properly. Close it, or choose another name.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored. Try an older backup.</source>
        <translation>The backup %1 is damaged and cannot be restored. Try an older backup.</translation>
    </message>
    <message>
        <source>This recovery key does not open the backup. It may belong to another vault: check that the key and the backup are from the same vault.</source>
        <translation>This recovery key does not open the backup. It may belong to another vault: check that the key and the backup are from the same vault.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Baken. Install that version to restore it.</source>
        <translation>This backup was made by a newer version of Baken. Install that version to restore it.</translation>
    </message>
    <message>
        <source>This file is not a Baken backup.</source>
        <translation>This file is not a Baken backup.</translation>
    </message>
</context>
<context>
    <name>baken::CaseService</name>
    <message>
        <source>Give the intake date.</source>
        <translation>Give the intake date.</translation>
    </message>
    <message>
        <source>The intake date lies in the future.</source>
        <translation>The intake date lies in the future.</translation>
    </message>
    <message>
        <source>The incident date lies after the intake date.</source>
        <translation>The incident date lies after the intake date.</translation>
    </message>
    <message>
        <source>The end of the incident period lies before its start.</source>
        <translation>The end of the incident period lies before its start.</translation>
    </message>
    <message>
        <source>A text field holds more than %1 characters; shorten it.</source>
        <translation>A text field holds more than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>may be contacted</source>
        <translation>may be contacted</translation>
    </message>
    <message>
        <source>may be shared</source>
        <translation>may be shared</translation>
    </message>
    <message>
        <source>may be bundled</source>
        <translation>may be bundled</translation>
    </message>
    <message>
        <source>The date of the consent &quot;%1&quot; lies in the future.</source>
        <translation>The date of the consent &quot;%1&quot; lies in the future.</translation>
    </message>
    <message>
        <source>Give the date on which the reporter consented: &quot;%1&quot;.</source>
        <translation>Give the date on which the reporter consented: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the pseudonym, or choose anonymous.</source>
        <translation>Give the pseudonym, or choose anonymous.</translation>
    </message>
    <message>
        <source>Give the reporter&apos;s name, or choose anonymous or a pseudonym.</source>
        <translation>Give the reporter&apos;s name, or choose anonymous or a pseudonym.</translation>
    </message>
    <message>
        <source>An anonymous report keeps no name or contact details. Remove them, or choose &quot;named&quot;.</source>
        <translation>An anonymous report keeps no name or contact details. Remove them, or choose &quot;named&quot;.</translation>
    </message>
    <message>
        <source>Choose the body the reporter agreed to share the case with.</source>
        <translation>Choose the body the reporter agreed to share the case with.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>reporter role</source>
        <translation>reporter role</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>client organisation</source>
        <translation>client organisation</translation>
    </message>
    <message>
        <source>role of the accused</source>
        <translation>role of the accused</translation>
    </message>
    <message>
        <source>share with</source>
        <translation>share with</translation>
    </message>
    <message>
        <source>grounds</source>
        <translation>grounds</translation>
    </message>
    <message>
        <source>forms of behaviour</source>
        <translation>forms of behaviour</translation>
    </message>
    <message>
        <source>Register the intake first; this case is still a draft.</source>
        <translation>Register the intake first; this case is still a draft.</translation>
    </message>
    <message>
        <source>This case is registered; save changes to it instead.</source>
        <translation>This case is registered; save changes to it instead.</translation>
    </message>
    <message>
        <source>Call the reporter back</source>
        <translation>Call the reporter back</translation>
    </message>
    <message>
        <source>Give the follow-up a description and a due date.</source>
        <translation>Give the follow-up a description and a due date.</translation>
    </message>
    <message>
        <source>This intake was already registered.</source>
        <translation>This intake was already registered.</translation>
    </message>
    <message>
        <source>Acknowledge receipt of the report</source>
        <translation>Acknowledge receipt of the report</translation>
    </message>
    <message>
        <source>Give feedback on the report</source>
        <translation>Give feedback on the report</translation>
    </message>
    <message>
        <source>Close a case with its outcome and measures.</source>
        <translation>Close a case with its outcome and measures.</translation>
    </message>
    <message>
        <source>A closed case is reopened, not given another status.</source>
        <translation>A closed case is reopened, not given another status.</translation>
    </message>
    <message>
        <source>A case that was worked on cannot become new again.</source>
        <translation>A case that was worked on cannot become new again.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>This case is already closed.</translation>
    </message>
    <message>
        <source>Choose the outcome before closing the case.</source>
        <translation>Choose the outcome before closing the case.</translation>
    </message>
    <message>
        <source>Choose the measures taken before closing the case (&quot;No measure&quot; is a choice too).</source>
        <translation>Choose the measures taken before closing the case (&quot;No measure&quot; is a choice too).</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>measures</translation>
    </message>
    <message>
        <source>The closing date must lie between the intake date and today.</source>
        <translation>The closing date must lie between the intake date and today.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Only a closed case can be reopened.</translation>
    </message>
    <message>
        <source>Give the date and time of the contact; it cannot lie in the future.</source>
        <translation>Give the date and time of the contact; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>A contact lasts between 0 and 1440 minutes.</source>
        <translation>A contact lasts between 0 and 1440 minutes.</translation>
    </message>
    <message>
        <source>Choose the body to refer to.</source>
        <translation>Choose the body to refer to.</translation>
    </message>
    <message>
        <source>referral body</source>
        <translation>referral body</translation>
    </message>
    <message>
        <source>The referral date must lie between the intake date and today.</source>
        <translation>The referral date must lie between the intake date and today.</translation>
    </message>
    <message>
        <source>Case details may only go to another body with the reporter&apos;s consent. Ask for consent first, or refer without passing on any details.</source>
        <translation>Case details may only go to another body with the reporter&apos;s consent. Ask for consent first, or refer without passing on any details.</translation>
    </message>
    <message>
        <source>Hours are recorded in minutes, between 1 and 1440 a day.</source>
        <translation>Hours are recorded in minutes, between 1 and 1440 a day.</translation>
    </message>
    <message>
        <source>The date of the hours must lie between the intake date and today.</source>
        <translation>The date of the hours must lie between the intake date and today.</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activity</translation>
    </message>
</context>
<context>
    <name>baken::CaseTypes</name>
    <message>
        <source>Question or advice</source>
        <translation>Question or advice</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Report (integrity)</source>
        <translation>Report (integrity)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Named</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>Several times</source>
        <translation>Several times</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Acknowledge receipt</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Give feedback</translation>
    </message>
</context>
<context>
    <name>baken::Cases</name>
    <message>
        <source>That contact moment no longer exists.</source>
        <translation>That contact moment no longer exists.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>That follow-up no longer exists.</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation>That case no longer exists.</translation>
    </message>
</context>
<context>
    <name>baken::CliApp</name>
    <message>
        <source>Create a new, empty vault</source>
        <translation>Create a new, empty vault</translation>
    </message>
    <message>
        <source>Check a vault: integrity, schema version, audit chain, record counts</source>
        <translation>Check a vault: integrity, schema version, audit chain, record counts</translation>
    </message>
    <message>
        <source>Change a vault&apos;s passphrase</source>
        <translation>Change a vault&apos;s passphrase</translation>
    </message>
    <message>
        <source>Create a vault filled with synthetic demonstration data</source>
        <translation>Create a vault filled with synthetic demonstration data</translation>
    </message>
    <message>
        <source>Print the raw encryption key, for disaster recovery</source>
        <translation>Print the raw encryption key, for disaster recovery</translation>
    </message>
    <message>
        <source>Usage: baken-cli [--lang nl|en] COMMAND VAULT [options]</source>
        <translation>Usage: baken-cli [--lang nl|en] COMMAND VAULT [options]</translation>
    </message>
    <message>
        <source>Baken keeps confidential reports in an encrypted vault. Commands:</source>
        <translation>Baken keeps confidential reports in an encrypted vault. Commands:</translation>
    </message>
    <message>
        <source>Run &quot;baken-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Run &quot;baken-cli COMMAND --help&quot; for a command&apos;s options.</translation>
    </message>
    <message>
        <source>The passphrase is asked for without echo, or read from --passphrase-file FILE, or from the environment variable BAKEN_PASSPHRASE (meant for automation).</source>
        <translation>The passphrase is asked for without echo, or read from --passphrase-file FILE, or from the environment variable BAKEN_PASSPHRASE (meant for automation).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage error, 3 wrong passphrase or not a vault, 4 vault from a newer version.</source>
        <translation>Exit codes: 0 ok, 1 failure, 2 usage error, 3 wrong passphrase or not a vault, 4 vault from a newer version.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose nl or en.</source>
        <translation>Unknown language &quot;%1&quot;; choose nl or en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;baken-cli --help&quot; for the list.</source>
        <translation>Unknown command &quot;%1&quot;. Run &quot;baken-cli --help&quot; for the list.</translation>
    </message>
    <message>
        <source>VAULT</source>
        <translation>VAULT</translation>
    </message>
    <message>
        <source>The vault file (*.baken).</source>
        <translation>The vault file (*.baken).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2</source>
        <translation>Usage: %1 [options] %2</translation>
    </message>
    <message>
        <source>Name exactly one vault file.</source>
        <translation>Name exactly one vault file.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Read the passphrase from the first line of FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Read the new passphrase from the first line of FILE.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>The passphrase file %1 cannot be read.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>The two passphrases differ. Nothing was changed.</translation>
    </message>
    <message>
        <source>Create a new, empty vault protected by a passphrase.</source>
        <translation>Create a new, empty vault protected by a passphrase.</translation>
    </message>
    <message>
        <source>%1 already exists; Baken never overwrites a file.</source>
        <translation>%1 already exists; Baken never overwrites a file.</translation>
    </message>
    <message>
        <source>Passphrase for the new vault: </source>
        <translation>Passphrase for the new vault: </translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess (%1). %2</source>
        <translation>This passphrase is too easy to guess (%1). %2</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ. No vault was created.</source>
        <translation>The two passphrases differ. No vault was created.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; write it down or print it and keep it apart from the laptop):</source>
        <translation>Recovery key (shown only now; write it down or print it and keep it apart from the laptop):</translation>
    </message>
    <message>
        <source>Check a vault: integrity, schema version, audit chain and record counts.</source>
        <translation>Check a vault: integrity, schema version, audit chain and record counts.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Baken: %2)</source>
        <translation>Schema version: %1 (this Baken: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, chain intact</source>
        <translation>
            <numerusform>Audit log: %n entry, chain intact</numerusform>
            <numerusform>Audit log: %n entries, chain intact</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest audit hash: %1</source>
        <translation>Latest audit hash: %1</translation>
    </message>
    <message>
        <source>Audit log: chain BROKEN at entry %1 of %2</source>
        <translation>Audit log: chain BROKEN at entry %1 of %2</translation>
    </message>
    <message>
        <source>The vault has problems; restore it from a backup or contact support.</source>
        <translation>The vault has problems; restore it from a backup or contact support.</translation>
    </message>
    <message>
        <source>Change a vault&apos;s passphrase.</source>
        <translation>Change a vault&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key stays the same.</source>
        <translation>The passphrase was changed. The recovery key stays the same.</translation>
    </message>
    <message>
        <source>Create a vault with synthetic demonstration data. Without a passphrase option the published demo passphrase is used.</source>
        <translation>Create a vault with synthetic demonstration data. Without a passphrase option the published demo passphrase is used.</translation>
    </message>
    <message>
        <source>Created the demo vault %1.</source>
        <translation>Created the demo vault %1.</translation>
    </message>
    <message>
        <source>Confirm that you want the key printed.</source>
        <translation>Confirm that you want the key printed.</translation>
    </message>
    <message>
        <source>Print the vault&apos;s raw encryption key, for disaster recovery with the sqlcipher shell (docs/security.md).</source>
        <translation>Print the vault&apos;s raw encryption key, for disaster recovery with the sqlcipher shell (docs/security.md).</translation>
    </message>
    <message>
        <source>This prints the raw key that decrypts the whole vault. Anyone who sees it can read every case, whatever the passphrase. Use it only for disaster recovery, on a computer you trust, and repeat the command with --yes.</source>
        <translation>This prints the raw key that decrypts the whole vault. Anyone who sees it can read every case, whatever the passphrase. Use it only for disaster recovery, on a computer you trust, and repeat the command with --yes.</translation>
    </message>
    <message>
        <source>Write the whole vault to a JSON file, to move it (plaintext)</source>
        <translation>Write the whole vault to a JSON file, to move it (plaintext)</translation>
    </message>
    <message>
        <source>Add the cases of a JSON export to a vault, all or nothing</source>
        <translation>Add the cases of a JSON export to a vault, all or nothing</translation>
    </message>
    <message>
        <source>Register, list, show and close cases (&quot;case --help&quot;)</source>
        <translation>Register, list, show and close cases (&quot;case --help&quot;)</translation>
    </message>
    <message>
        <source>Give exactly these arguments: %1</source>
        <translation>Give exactly these arguments: %1</translation>
    </message>
    <message>
        <source>Write the export to FILE (it must not exist yet).</source>
        <translation>Write the export to FILE (it must not exist yet).</translation>
    </message>
    <message>
        <source>Confirm that you want a plaintext file with personal data.</source>
        <translation>Confirm that you want a plaintext file with personal data.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.json.</source>
        <translation>Name the file to write with --out FILE.json.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Wrote %1. It holds personal data in plaintext: keep it safe and delete it when it has served its purpose.</source>
        <translation>Wrote %1. It holds personal data in plaintext: keep it safe and delete it when it has served its purpose.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s)</source>
        <translation>
            <numerusform>Imported %n case</numerusform>
            <numerusform>Imported %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s)</source>
        <translation>
            <numerusform>%n contact moment</numerusform>
            <numerusform>%n contact moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours entry(s)</source>
        <translation>
            <numerusform>%n hours entry</numerusform>
            <numerusform>%n hours entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new code-list item(s)</source>
        <translation>
            <numerusform>%n new code-list item</numerusform>
            <numerusform>%n new code-list items</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a case and print its number</source>
        <translation>Register a case and print its number</translation>
    </message>
    <message>
        <source>List registered cases: number, intake date, type, status</source>
        <translation>List registered cases: number, intake date, type, status</translation>
    </message>
    <message>
        <source>Print a case file</source>
        <translation>Print a case file</translation>
    </message>
    <message>
        <source>Close a case with its outcome and measures</source>
        <translation>Close a case with its outcome and measures</translation>
    </message>
    <message>
        <source>question, signal, report or complaint.</source>
        <translation>question, signal, report or complaint.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Short for --type report: a formal integrity report, which gets the statutory acknowledgement and feedback follow-ups.</source>
        <translation>Short for --type report: a formal integrity report, which gets the statutory acknowledgement and feedback follow-ups.</translation>
    </message>
    <message>
        <source>How the report came in (a code of the list &quot;channels&quot;).</source>
        <translation>How the report came in (a code of the list &quot;channels&quot;).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The unit concerned (a code of the list &quot;units&quot;).</source>
        <translation>The unit concerned (a code of the list &quot;units&quot;).</translation>
    </message>
    <message>
        <source>A ground of discrimination (list &quot;grounds&quot;); repeat for more.</source>
        <translation>A ground of discrimination (list &quot;grounds&quot;); repeat for more.</translation>
    </message>
    <message>
        <source>A form of behaviour (list &quot;forms&quot;); repeat for more.</source>
        <translation>A form of behaviour (list &quot;forms&quot;); repeat for more.</translation>
    </message>
    <message>
        <source>The reporter&apos;s pseudonym; without it the case is anonymous.</source>
        <translation>The reporter&apos;s pseudonym; without it the case is anonymous.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>What happened, in the reporter&apos;s words.</source>
        <translation>What happened, in the reporter&apos;s words.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The intake date (default: today).</source>
        <translation>The intake date (default: today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Register a case. Names are not taken on the command line, where the shell history would keep them; add them in Baken.</source>
        <translation>Register a case. Names are not taken on the command line, where the shell history would keep them; add them in Baken.</translation>
    </message>
    <message>
        <source>Give the case type with --type: question, signal, report or complaint.</source>
        <translation>Give the case type with --type: question, signal, report or complaint.</translation>
    </message>
    <message>
        <source>Only cases with this status: new, in_progress, referred, closed, reopened.</source>
        <translation>Only cases with this status: new, in_progress, referred, closed, reopened.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only cases whose number, pseudonym, text or notes contain these words.</source>
        <translation>Only cases whose number, pseudonym, text or notes contain these words.</translation>
    </message>
    <message>
        <source>List the registered cases, newest first.</source>
        <translation>List the registered cases, newest first.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; choose new, in_progress, referred, closed or reopened.</source>
        <translation>Unknown status &quot;%1&quot;; choose new, in_progress, referred, closed or reopened.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a case file, with the names it holds.</source>
        <translation>Print a case file, with the names it holds.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>How the case ended (a code of the list &quot;outcomes&quot;).</source>
        <translation>How the case ended (a code of the list &quot;outcomes&quot;).</translation>
    </message>
    <message>
        <source>A measure taken (list &quot;measures&quot;); repeat for more.</source>
        <translation>A measure taken (list &quot;measures&quot;); repeat for more.</translation>
    </message>
    <message>
        <source>The closing date (default: today).</source>
        <translation>The closing date (default: today).</translation>
    </message>
    <message>
        <source>Close a case with its outcome and measures.</source>
        <translation>Close a case with its outcome and measures.</translation>
    </message>
    <message>
        <source>Closed case %1.</source>
        <translation>Closed case %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number; case numbers look like 2026-0042.</source>
        <translation>&quot;%1&quot; is not a case number; case numbers look like 2026-0042.</translation>
    </message>
    <message>
        <source>The vault holds no case %1.</source>
        <translation>The vault holds no case %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is retired. Choose one of: %3</source>
        <translation>--%1: &quot;%2&quot; is retired. Choose one of: %3</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a code of the list &quot;%4&quot;. Choose one of: %3</source>
        <translation>--%1: &quot;%2&quot; is not a code of the list &quot;%4&quot;. Choose one of: %3</translation>
    </message>
    <message>
        <source>--%1 can be given once.</source>
        <translation>--%1 can be given once.</translation>
    </message>
    <message>
        <source>yes, on %1</source>
        <translation>yes, on %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Reporter role</source>
        <translation>Reporter role</translation>
    </message>
    <message>
        <source>Bystander</source>
        <translation>Bystander</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation>Client organisation</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation>Forms of behaviour</translation>
    </message>
    <message>
        <source>Role of the accused</source>
        <translation>Role of the accused</translation>
    </message>
    <message>
        <source>Name of the accused</source>
        <translation>Name of the accused</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>May be contacted</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>May be shared</translation>
    </message>
    <message>
        <source>May be bundled</source>
        <translation>May be bundled</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>To be destroyed on</source>
        <translation>To be destroyed on</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation>Desired outcome</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>details shared with consent</source>
        <translation>details shared with consent</translation>
    </message>
    <message>
        <source>no details shared</source>
        <translation>no details shared</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>The export is NOT encrypted: it holds every case in plaintext, with what was reported. Names and contact details are left out, but the free text can still identify people. Anyone who gets the file can read it. Write it only to a place you trust, delete it once the move is done, and repeat the command with --yes.</source>
        <translation>The export is NOT encrypted: it holds every case in plaintext, with what was reported. Names and contact details are left out, but the free text can still identify people. Anyone who gets the file can read it. Write it only to a place you trust, delete it once the move is done, and repeat the command with --yes.</translation>
    </message>
    <message>
        <source>Log and list doubt-line consultations (&quot;consult --help&quot;)</source>
        <translation>Log and list doubt-line consultations (&quot;consult --help&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>List consultations: time, channel, assessment, outcome</source>
        <translation>List consultations: time, channel, assessment, outcome</translation>
    </message>
    <message>
        <source>How the caller got in touch (a code of the list &quot;channels&quot;).</source>
        <translation>How the caller got in touch (a code of the list &quot;channels&quot;).</translation>
    </message>
    <message>
        <source>A contact without content: silent, hang_up, abusive or test.</source>
        <translation>A contact without content: silent, hang_up, abusive or test.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The caller&apos;s role (a code of the list &quot;reporter_roles&quot;).</source>
        <translation>The caller&apos;s role (a code of the list &quot;reporter_roles&quot;).</translation>
    </message>
    <message>
        <source>The caller&apos;s question in a few words, without names.</source>
        <translation>The caller&apos;s question in a few words, without names.</translation>
    </message>
    <message>
        <source>Log the question even if it seems to hold a name, phone number or e-mail address.</source>
        <translation>Log the question even if it seems to hold a name, phone number or e-mail address.</translation>
    </message>
    <message>
        <source>Was it discrimination: yes, possibly, no or unclear (default).</source>
        <translation>Was it discrimination: yes, possibly, no or unclear (default).</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>ANSWER</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>The advice given, with --outcome advised (list &quot;advice&quot;).</source>
        <translation>The advice given, with --outcome advised (list &quot;advice&quot;).</translation>
    </message>
    <message>
        <source>Where the caller was referred, with --outcome referred (list &quot;referral_bodies&quot;).</source>
        <translation>Where the caller was referred, with --outcome referred (list &quot;referral_bodies&quot;).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>The caller wants a callback at this phone number or address.</source>
        <translation>The caller wants a callback at this phone number or address.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>The date by which to call back (with --callback).</source>
        <translation>The date by which to call back (with --callback).</translation>
    </message>
    <message>
        <source>Log a doubt-line consultation and print its number. The caller stays anonymous: the only personal detail is a callback contact, erased when the callback is done.</source>
        <translation>Log a doubt-line consultation and print its number. The caller stays anonymous: the only personal detail is a callback contact, erased when the callback is done.</translation>
    </message>
    <message>
        <source>--kind: choose silent, hang_up, abusive or test; leave it out for a consultation.</source>
        <translation>--kind: choose silent, hang_up, abusive or test; leave it out for a consultation.</translation>
    </message>
    <message>
        <source>Give the channel with --channel, for example --channel phone.</source>
        <translation>Give the channel with --channel, for example --channel phone.</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a time; write it as YYYY-MM-DDTHH:MM.</source>
        <translation>--at: &quot;%1&quot; is not a time; write it as YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>--minutes: give a whole number of minutes.</source>
        <translation>--minutes: give a whole number of minutes.</translation>
    </message>
    <message>
        <source>--assessment: choose yes, possibly, no or unclear.</source>
        <translation>--assessment: choose yes, possibly, no or unclear.</translation>
    </message>
    <message>
        <source>--outcome: choose listened, advised or referred.</source>
        <translation>--outcome: choose listened, advised or referred.</translation>
    </message>
    <message>
        <source>A callback needs both --callback CONTACT and --callback-due DATE.</source>
        <translation>A callback needs both --callback CONTACT and --callback-due DATE.</translation>
    </message>
    <message>
        <source>The question seems to identify someone: %1. The doubt line stays anonymous: leave such details out, or repeat the command with --allow-identifying if they are not what they seem. Nothing was logged.</source>
        <translation>The question seems to identify someone: %1. The doubt line stays anonymous: leave such details out, or repeat the command with --allow-identifying if they are not what they seem. Nothing was logged.</translation>
    </message>
    <message>
        <source>Only consultations on or after this day.</source>
        <translation>Only consultations on or after this day.</translation>
    </message>
    <message>
        <source>Only consultations on or before this day.</source>
        <translation>Only consultations on or before this day.</translation>
    </message>
    <message>
        <source>List doubt-line consultations, newest first, one per line. Callback contacts are not shown.</source>
        <translation>List doubt-line consultations, newest first, one per line. Callback contacts are not shown.</translation>
    </message>
    <message>
        <source>callback by %1</source>
        <translation>callback by %1</translation>
    </message>
    <message>
        <source>handed over (draft case)</source>
        <translation>handed over (draft case)</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.</source>
        <translation>Unknown %1 command &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Usage: baken-cli %1 COMMAND VAULT [options]</source>
        <translation>Usage: baken-cli %1 COMMAND VAULT [options]</translation>
    </message>
    <message>
        <source>Run &quot;baken-cli %1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Run &quot;baken-cli %1 COMMAND --help&quot; for a command&apos;s options.</translation>
    </message>
    <message>
        <source>Log a doubt-line consultation or a contact without content</source>
        <translation>Log a doubt-line consultation or a contact without content</translation>
    </message>
    <message>
        <source>Who took the call (a code of the list &quot;doubt_line_staff&quot;).</source>
        <translation>Who took the call (a code of the list &quot;doubt_line_staff&quot;).</translation>
    </message>
    <message>
        <source>What came of it: listened (default), advised or referred.</source>
        <translation>What came of it: listened (default), advised or referred.</translation>
    </message>
    <message>
        <source>How long the call took, in minutes.</source>
        <translation>How long the call took, in minutes.</translation>
    </message>
    <message>
        <source>When the call started, local time (default: now).</source>
        <translation>When the call started, local time (default: now).</translation>
    </message>
    <message>
        <source>--from is later than --to.</source>
        <translation>--from is later than --to.</translation>
    </message>
    <message>
        <source>Run peer-support groups: series, participants, attendance, calendar (&quot;group --help&quot;)</source>
        <translation>Run peer-support groups: series, participants, attendance, calendar (&quot;group --help&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>moved to %1</source>
        <translation>moved to %1</translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation>member since %1</translation>
    </message>
    <message>
        <source>waiting list, position %1</source>
        <translation>waiting list, position %1</translation>
    </message>
    <message>
        <source>offered a seat</source>
        <translation>offered a seat</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>left on %1</translation>
    </message>
    <message>
        <source>left on %1: %2</source>
        <translation>left on %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2, %n session(s)</source>
        <translation>
            <numerusform>%1 from %2, %n session</numerusform>
            <numerusform>%1 from %2, %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 until %3</source>
        <translation>%1 from %2 until %3</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) each</source>
        <translation>
            <numerusform>%n minute each</numerusform>
            <numerusform>%n minutes each</numerusform>
        </translation>
    </message>
    <message>
        <source>from case %1</source>
        <translation>from case %1</translation>
    </message>
    <message>
        <source>from a draft case</source>
        <translation>from a draft case</translation>
    </message>
    <message>
        <source>from consultation #%1</source>
        <translation>from consultation #%1</translation>
    </message>
    <message>
        <source>Start a group: a series of sessions, and print its number</source>
        <translation>Start a group: a series of sessions, and print its number</translation>
    </message>
    <message>
        <source>List groups: number, theme, next session, seats, waiting list</source>
        <translation>List groups: number, theme, next session, seats, waiting list</translation>
    </message>
    <message>
        <source>Print a group: sessions, participants, tasks, evaluation</source>
        <translation>Print a group: sessions, participants, tasks, evaluation</translation>
    </message>
    <message>
        <source>Sign someone up by pseudonym: a seat or the waiting list</source>
        <translation>Sign someone up by pseudonym: a seat or the waiting list</translation>
    </message>
    <message>
        <source>Record that a participant left; the seat goes to the waiting list</source>
        <translation>Record that a participant left; the seat goes to the waiting list</translation>
    </message>
    <message>
        <source>Record a participant&apos;s attendance at a session</source>
        <translation>Record a participant&apos;s attendance at a session</translation>
    </message>
    <message>
        <source>Cancel one session of a group</source>
        <translation>Cancel one session of a group</translation>
    </message>
    <message>
        <source>Move one session of a group to another time or place</source>
        <translation>Move one session of a group to another time or place</translation>
    </message>
    <message>
        <source>Write a group&apos;s sessions to an iCalendar file</source>
        <translation>Write a group&apos;s sessions to an iCalendar file</translation>
    </message>
    <message>
        <source>What the group is about; also the calendar title.</source>
        <translation>What the group is about; also the calendar title.</translation>
    </message>
    <message>
        <source>What the group is for (it may go into the calendar).</source>
        <translation>What the group is for (it may go into the calendar).</translation>
    </message>
    <message>
        <source>The first session, local time.</source>
        <translation>The first session, local time.</translation>
    </message>
    <message>
        <source>How often it meets: week, 2weeks or month.</source>
        <translation>How often it meets: week, 2weeks or month.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>The number of sessions.</source>
        <translation>The number of sessions.</translation>
    </message>
    <message>
        <source>The last day a session may fall on (instead of --count).</source>
        <translation>The last day a session may fall on (instead of --count).</translation>
    </message>
    <message>
        <source>The length of a session in minutes (default 120).</source>
        <translation>The length of a session in minutes (default 120).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>The number of seats (default 8).</source>
        <translation>The number of seats (default 8).</translation>
    </message>
    <message>
        <source>Where it meets: a room or an address.</source>
        <translation>Where it meets: a room or an address.</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>PLACE</translation>
    </message>
    <message>
        <source>A video link, for a group that meets online.</source>
        <translation>A video link, for a group that meets online.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Who runs it (list &quot;group_facilitators&quot;); repeat for more.</source>
        <translation>Who runs it (list &quot;group_facilitators&quot;); repeat for more.</translation>
    </message>
    <message>
        <source>Start a peer-support group: a series of sessions with seats and a waiting list. Prints the group&apos;s number.</source>
        <translation>Start a peer-support group: a series of sessions with seats and a waiting list. Prints the group&apos;s number.</translation>
    </message>
    <message>
        <source>Give the group&apos;s theme with --theme.</source>
        <translation>Give the group&apos;s theme with --theme.</translation>
    </message>
    <message>
        <source>--every: choose week, 2weeks or month.</source>
        <translation>--every: choose week, 2weeks or month.</translation>
    </message>
    <message>
        <source>End the series with either --count N or --until YYYY-MM-DD.</source>
        <translation>End the series with either --count N or --until YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1: give a whole number from 1 on.</source>
        <translation>--%1: give a whole number from 1 on.</translation>
    </message>
    <message>
        <source>List the peer-support groups, the latest series first: number, theme, next session, seats taken, waiting list.</source>
        <translation>List the peer-support groups, the latest series first: number, theme, next session, seats taken, waiting list.</translation>
    </message>
    <message>
        <source>series ended</source>
        <translation>series ended</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>next %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n seat(s) taken</source>
        <translation>
            <numerusform>%1 of %n seat taken</numerusform>
            <numerusform>%1 of %n seats taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a group: its series with moved and cancelled sessions, attendance, notes, participants by pseudonym, tasks and the anonymous evaluation. Contact details are not shown.</source>
        <translation>Print a group: its series with moved and cancelled sessions, attendance, notes, participants by pseudonym, tasks and the anonymous evaluation. Contact details are not shown.</translation>
    </message>
    <message>
        <source>GROUP_ID</source>
        <translation>GROUP_ID</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Group %1: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>present: %1</source>
        <translation>present: %1</translation>
    </message>
    <message>
        <source>not there: %1</source>
        <translation>not there: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>evaluated</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message numerus="yes">
        <source>Evaluation: %n score(s)</source>
        <translation>
            <numerusform>Evaluation: %n score</numerusform>
            <numerusform>Evaluation: %n scores</numerusform>
        </translation>
    </message>
    <message>
        <source>, mean %1 (%2)</source>
        <translation>, mean %1 (%2)</translation>
    </message>
    <message>
        <source>Write the calendar to FILE (.ics).</source>
        <translation>Write the calendar to FILE (.ics).</translation>
    </message>
    <message>
        <source>Write a group&apos;s sessions to an iCalendar file for a calendar program: the theme, description, place and times, never a participant. Writing it again updates the same events.</source>
        <translation>Write a group&apos;s sessions to an iCalendar file for a calendar program: the theme, description, place and times, never a participant. Writing it again updates the same events.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.ics.</source>
        <translation>Name the file to write with --out FILE.ics.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a calendar file; Baken does not overwrite it.</source>
        <translation>%1 already exists and is not a calendar file; Baken does not overwrite it.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Give --%1 YYYY-MM-DDTHH:MM (local time).</source>
        <translation>Give --%1 YYYY-MM-DDTHH:MM (local time).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time; write it as YYYY-MM-DDTHH:MM.</source>
        <translation>--%1: &quot;%2&quot; is not a time; write it as YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group number; &quot;baken-cli group list&quot; shows them.</source>
        <translation>&quot;%1&quot; is not a group number; &quot;baken-cli group list&quot; shows them.</translation>
    </message>
    <message>
        <source>The vault holds no group %1.</source>
        <translation>The vault holds no group %1.</translation>
    </message>
    <message>
        <source>The name the participant is known by in the group.</source>
        <translation>The name the participant is known by in the group.</translation>
    </message>
    <message>
        <source>How they came: self (default), case or consultation.</source>
        <translation>How they came: self (default), case or consultation.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>The case they came from (implies --source case).</source>
        <translation>The case they came from (implies --source case).</translation>
    </message>
    <message>
        <source>The doubt-line consultation they came from (implies --source consultation).</source>
        <translation>The doubt-line consultation they came from (implies --source consultation).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sign someone up for a group by pseudonym. They get a seat while there is one, otherwise a place on the waiting list.</source>
        <translation>Sign someone up for a group by pseudonym. They get a seat while there is one, otherwise a place on the waiting list.</translation>
    </message>
    <message>
        <source>Give the participant&apos;s pseudonym with --pseudonym.</source>
        <translation>Give the participant&apos;s pseudonym with --pseudonym.</translation>
    </message>
    <message>
        <source>--source: choose self, case or consultation.</source>
        <translation>--source: choose self, case or consultation.</translation>
    </message>
    <message>
        <source>--case goes with --source case, --consultation with --source consultation.</source>
        <translation>--case goes with --source case, --consultation with --source consultation.</translation>
    </message>
    <message>
        <source>--consultation: give the consultation&apos;s number, as &quot;consult list&quot; shows it.</source>
        <translation>--consultation: give the consultation&apos;s number, as &quot;consult list&quot; shows it.</translation>
    </message>
    <message>
        <source>The vault holds no consultation %1.</source>
        <translation>The vault holds no consultation %1.</translation>
    </message>
    <message>
        <source>Participant %1 has a seat.</source>
        <translation>Participant %1 has a seat.</translation>
    </message>
    <message>
        <source>Participant %1 is on the waiting list, position %2.</source>
        <translation>Participant %1 is on the waiting list, position %2.</translation>
    </message>
    <message>
        <source>Why, in a few words and without a story.</source>
        <translation>Why, in a few words and without a story.</translation>
    </message>
    <message>
        <source>The day they left (default: today).</source>
        <translation>The day they left (default: today).</translation>
    </message>
    <message>
        <source>Record that a participant left the group or the waiting list. A freed seat is offered to the first one waiting, with a task to contact them.</source>
        <translation>Record that a participant left the group or the waiting list. A freed seat is offered to the first one waiting, with a task to contact them.</translation>
    </message>
    <message>
        <source>PARTICIPANT_ID</source>
        <translation>PARTICIPANT_ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant number; &quot;baken-cli group show&quot; shows them.</source>
        <translation>&quot;%1&quot; is not a participant number; &quot;baken-cli group show&quot; shows them.</translation>
    </message>
    <message>
        <source>The vault holds no participant %1.</source>
        <translation>The vault holds no participant %1.</translation>
    </message>
    <message>
        <source>%1 left group %2.</source>
        <translation>%1 left group %2.</translation>
    </message>
    <message>
        <source>The seat is offered to %1 (participant %2); a task to contact them was added.</source>
        <translation>The seat is offered to %1 (participant %2); a task to contact them was added.</translation>
    </message>
    <message>
        <source>The session, by the time the series gave it.</source>
        <translation>The session, by the time the series gave it.</translation>
    </message>
    <message>
        <source>The participant, by number.</source>
        <translation>The participant, by number.</translation>
    </message>
    <message>
        <source>They were there.</source>
        <translation>They were there.</translation>
    </message>
    <message>
        <source>They were not there and had said so.</source>
        <translation>They were not there and had said so.</translation>
    </message>
    <message>
        <source>They were not there without notice.</source>
        <translation>They were not there without notice.</translation>
    </message>
    <message>
        <source>Record a participant&apos;s attendance at a session that took place. Missing sessions in a row adds a task to check in with them.</source>
        <translation>Record a participant&apos;s attendance at a session that took place. Missing sessions in a row adds a task to check in with them.</translation>
    </message>
    <message>
        <source>Give exactly one of --present, --excused and --absent.</source>
        <translation>Give exactly one of --present, --excused and --absent.</translation>
    </message>
    <message>
        <source>Give the participant&apos;s number with --participant; &quot;group show&quot; lists them.</source>
        <translation>Give the participant&apos;s number with --participant; &quot;group show&quot; lists them.</translation>
    </message>
    <message>
        <source>Group %1 has no session at %2.</source>
        <translation>Group %1 has no session at %2.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Recorded: %1.</translation>
    </message>
    <message>
        <source>New task, due %1: %2.</source>
        <translation>New task, due %1: %2.</translation>
    </message>
    <message>
        <source>Cancel one session; the rest of the series stays as it is.</source>
        <translation>Cancel one session; the rest of the series stays as it is.</translation>
    </message>
    <message>
        <source>Cancelled the session of %1.</source>
        <translation>Cancelled the session of %1.</translation>
    </message>
    <message>
        <source>Its new time.</source>
        <translation>Its new time.</translation>
    </message>
    <message>
        <source>Its new place.</source>
        <translation>Its new place.</translation>
    </message>
    <message>
        <source>Move one session to another time, another place or both; attendance and notes stay with it.</source>
        <translation>Move one session to another time, another place or both; attendance and notes stay with it.</translation>
    </message>
    <message>
        <source>Give the new time with --to, the new place with --place, or both.</source>
        <translation>Give the new time with --to, the new place with --place, or both.</translation>
    </message>
    <message>
        <source>Moved the session of %1.</source>
        <translation>Moved the session of %1.</translation>
    </message>
    <message>
        <source>Write every case, consultation and group, without names or contact details, and the code lists to one JSON file (docs/interchange.md), to move them to another vault.</source>
        <translation>Write every case, consultation and group, without names or contact details, and the code lists to one JSON file (docs/interchange.md), to move them to another vault.</translation>
    </message>
    <message>
        <source>Add the cases, consultations, groups and code lists of a Baken JSON export to a vault. The whole file is checked first: if any record is invalid, nothing is imported.</source>
        <translation>Add the cases, consultations, groups and code lists of a Baken JSON export to a vault. The whole file is checked first: if any record is invalid, nothing is imported.</translation>
    </message>
    <message>
        <source>PDF needs the Baken app installed; use --format json or csv.</source>
        <translation>PDF needs the Baken app installed; use --format json or csv.</translation>
    </message>
    <message>
        <source>The Baken app could not be started to draw the PDF: %1</source>
        <translation>The Baken app could not be started to draw the PDF: %1</translation>
    </message>
    <message>
        <source>The Baken app did not finish the PDF.</source>
        <translation>The Baken app did not finish the PDF.</translation>
    </message>
    <message>
        <source>The Baken app could not write the PDF.</source>
        <translation>The Baken app could not write the PDF.</translation>
    </message>
    <message>
        <source>Write an anonymised summary of a period, safe to hand on: JSON, CSV or PDF</source>
        <translation>Write an anonymised summary of a period, safe to hand on: JSON, CSV or PDF</translation>
    </message>
    <message>
        <source>The period: a year (2026), a quarter (2026-Q2), a month (2026-03) or a range of months (2026-01..2026-06).</source>
        <translation>The period: a year (2026), a quarter (2026-Q2), a month (2026-03) or a range of months (2026-01..2026-06).</translation>
    </message>
    <message>
        <source>json, csv (a zip of CSV files with a README.txt) or pdf (needs the Baken app). Default: json.</source>
        <translation>json, csv (a zip of CSV files with a README.txt) or pdf (needs the Baken app). Default: json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write the summary to FILE (it must not exist yet).</source>
        <translation>Write the summary to FILE (it must not exist yet).</translation>
    </message>
    <message>
        <source>Leave out every figure from 1 to K-1, at least 3 (default: the vault&apos;s setting, otherwise 5).</source>
        <translation>Leave out every figure from 1 to K-1, at least 3 (default: the vault&apos;s setting, otherwise 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Write an anonymised summary of a period: counts of cases, doubt-line consultations and groups, with small figures left out so that nobody can be recognised. The language follows --lang.</source>
        <translation>Write an anonymised summary of a period: counts of cases, doubt-line consultations and groups, with small figures left out so that nobody can be recognised. The language follows --lang.</translation>
    </message>
    <message>
        <source>Name the period with --period, for example --period 2026.</source>
        <translation>Name the period with --period, for example --period 2026.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose %2.</source>
        <translation>Unknown format &quot;%1&quot;; choose %2.</translation>
    </message>
    <message>
        <source>k must be a whole number from %1 to %2: with a smaller k, figures so small that they point to a person would be published.</source>
        <translation>k must be a whole number from %1 to %2: with a smaller k, figures so small that they point to a person would be published.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE%1.</source>
        <translation>Name the file to write with --out FILE%1.</translation>
    </message>
    <message>
        <source>Wrote the summary of %1 (k = %2) to %3.</source>
        <translation>Wrote the summary of %1 (k = %2) to %3.</translation>
    </message>
    <message>
        <source>Combine several vaults&apos; figures into one summary: keys, packages, import (&quot;rollup --help&quot;)</source>
        <translation>Combine several vaults&apos; figures into one summary: keys, packages, import (&quot;rollup --help&quot;)</translation>
    </message>
    <message>
        <source>Coordinator: print or write the key block to send to advisors</source>
        <translation>Coordinator: print or write the key block to send to advisors</translation>
    </message>
    <message>
        <source>Print this vault&apos;s key fingerprint, to compare by phone</source>
        <translation>Print this vault&apos;s key fingerprint, to compare by phone</translation>
    </message>
    <message>
        <source>Advisor: seal the exact figures of a period for a coordinator</source>
        <translation>Advisor: seal the exact figures of a period for a coordinator</translation>
    </message>
    <message>
        <source>Coordinator: import advisors&apos; packages</source>
        <translation>Coordinator: import advisors&apos; packages</translation>
    </message>
    <message>
        <source>Coordinator: write the combined, anonymised summary</source>
        <translation>Coordinator: write the combined, anonymised summary</translation>
    </message>
    <message>
        <source>Your name as advisors will see it.</source>
        <translation>Your name as advisors will see it.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Write the key block to FILE (it must not exist yet).</source>
        <translation>Write the key block to FILE (it must not exist yet).</translation>
    </message>
    <message>
        <source>Print the key block that advisors need to send you their figures, and its fingerprint. It holds public keys only.</source>
        <translation>Print the key block that advisors need to send you their figures, and its fingerprint. It holds public keys only.</translation>
    </message>
    <message>
        <source>Give a label of at most %1 characters with --label, for example --label &quot;Coordinator North&quot;.</source>
        <translation>Give a label of at most %1 characters with --label, for example --label &quot;Coordinator North&quot;.</translation>
    </message>
    <message>
        <source>Wrote the key block to %1.</source>
        <translation>Wrote the key block to %1.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Print the fingerprint of this vault&apos;s public keys. Read it out by phone: it must match what the other side sees.</source>
        <translation>Print the fingerprint of this vault&apos;s public keys. Read it out by phone: it must match what the other side sees.</translation>
    </message>
    <message>
        <source>The period, as for &quot;summary&quot;.</source>
        <translation>The period, as for &quot;summary&quot;.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s key block.</source>
        <translation>The coordinator&apos;s key block.</translation>
    </message>
    <message>
        <source>KEYFILE</source>
        <translation>KEYFILE</translation>
    </message>
    <message>
        <source>Your name as the coordinator will see it.</source>
        <translation>Your name as the coordinator will see it.</translation>
    </message>
    <message>
        <source>Write the package to FILE (it must not exist yet).</source>
        <translation>Write the package to FILE (it must not exist yet).</translation>
    </message>
    <message>
        <source>Seal the exact figures of a period for a coordinator: counts only, no text, names or dates finer than a month, readable by that coordinator only.</source>
        <translation>Seal the exact figures of a period for a coordinator: counts only, no text, names or dates finer than a month, readable by that coordinator only.</translation>
    </message>
    <message>
        <source>Give --to KEYFILE, --label LABEL (at most %1 characters) and --out FILE.</source>
        <translation>Give --to KEYFILE, --label LABEL (at most %1 characters) and --out FILE.</translation>
    </message>
    <message>
        <source>Sealed the figures of %1 for %2 in %3.</source>
        <translation>Sealed the figures of %1 for %2 in %3.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint: %1</source>
        <translation>Coordinator&apos;s fingerprint: %1</translation>
    </message>
    <message>
        <source>Replace a package already imported for the same source and period by a newer one.</source>
        <translation>Replace a package already imported for the same source and period by a newer one.</translation>
    </message>
    <message>
        <source>Import advisors&apos; packages: each is checked (signature, recipient, integrity) and stored, or refused with the reason and nothing changed.</source>
        <translation>Import advisors&apos; packages: each is checked (signature, recipient, integrity) and stored, or refused with the reason and nothing changed.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>%1: refused: it cannot be read (%2)</source>
        <translation>%1: refused: it cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: refused: %2</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: added</translation>
    </message>
    <message>
        <source>%1: duplicate, imported before; nothing changed</source>
        <translation>%1: duplicate, imported before; nothing changed</translation>
    </message>
    <message>
        <source>%1: kept the package imported before; add --replace to use this newer one</source>
        <translation>%1: kept the package imported before; add --replace to use this newer one</translation>
    </message>
    <message>
        <source>Write the anonymised summary of every imported package within a period, with small figures left out over the combined figures, and which source delivered which months.</source>
        <translation>Write the anonymised summary of every imported package within a period, with small figures left out over the combined figures, and which source delivered which months.</translation>
    </message>
    <message>
        <source>Write an encrypted backup that opens with the recovery key</source>
        <translation>Write an encrypted backup that opens with the recovery key</translation>
    </message>
    <message>
        <source>Restore a backup with the recovery key, as a new vault with a new passphrase</source>
        <translation>Restore a backup with the recovery key, as a new vault with a new passphrase</translation>
    </message>
    <message>
        <source>Write the backup in DIR (default: the backup folder set for this vault in Settings).</source>
        <translation>Write the backup in DIR (default: the backup folder set for this vault in Settings).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep the N newest backups of this vault in DIR and delete older ones (default: the vault&apos;s setting, 10 unless changed).</source>
        <translation>Keep the N newest backups of this vault in DIR and delete older ones (default: the vault&apos;s setting, 10 unless changed).</translation>
    </message>
    <message>
        <source>Write an encrypted backup of a vault. It opens with the recovery key only, so it can bring the cases back when the passphrase is forgotten.</source>
        <translation>Write an encrypted backup of a vault. It opens with the recovery key only, so it can bring the cases back when the passphrase is forgotten.</translation>
    </message>
    <message>
        <source>--keep takes a number from %1 to %2.</source>
        <translation>--keep takes a number from %1 to %2.</translation>
    </message>
    <message>
        <source>No backup folder is set for this vault. Give one with --to DIR, or set it in the app&apos;s Settings.</source>
        <translation>No backup folder is set for this vault. Give one with --to DIR, or set it in the app&apos;s Settings.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>Older backups removed: %n</source>
        <translation>
            <numerusform>Older backup removed: %n</numerusform>
            <numerusform>Older backups removed: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>It opens with the vault&apos;s recovery key. Keep the key apart from the backup.</source>
        <translation>It opens with the vault&apos;s recovery key. Keep the key apart from the backup.</translation>
    </message>
    <message>
        <source>Restore a backup as a new vault with a new passphrase, using the recovery key. For when the passphrase is forgotten, or the laptop is lost.</source>
        <translation>Restore a backup as a new vault with a new passphrase, using the recovery key. For when the passphrase is forgotten, or the laptop is lost.</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>The backup file (*.bakenbackup).</source>
        <translation>The backup file (*.bakenbackup).</translation>
    </message>
    <message>
        <source>Write the restored vault to NEWVAULT (required).</source>
        <translation>Write the restored vault to NEWVAULT (required).</translation>
    </message>
    <message>
        <source>NEWVAULT</source>
        <translation>NEWVAULT</translation>
    </message>
    <message>
        <source>Replace the file at NEWVAULT if there is one.</source>
        <translation>Replace the file at NEWVAULT if there is one.</translation>
    </message>
    <message>
        <source>Read the recovery key from the first line of FILE.</source>
        <translation>Read the recovery key from the first line of FILE.</translation>
    </message>
    <message>
        <source>BACKUP --out NEWVAULT</source>
        <translation>BACKUP --out NEWVAULT</translation>
    </message>
    <message>
        <source>%1 already exists; Baken never overwrites a file. Choose another name, or add --replace.</source>
        <translation>%1 already exists; Baken never overwrites a file. Choose another name, or add --replace.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <source>Restored %1 from the backup. Open it with the new passphrase; the recovery key stays the same.</source>
        <translation>Restored %1 from the backup. Open it with the new passphrase; the recovery key stays the same.</translation>
    </message>
    <message>
        <source>With it, Baken&apos;s encrypted backups (baken-cli backup) can be restored if the passphrase is forgotten (baken-cli restore). The vault itself opens only with its passphrase.</source>
        <translation>With it, Baken&apos;s encrypted backups (baken-cli backup) can be restored if the passphrase is forgotten (baken-cli restore). The vault itself opens only with its passphrase.</translation>
    </message>
    <message>
        <source>small (the default): a few hundred cases; large: ten years of a large employer, 50,000 cases, for measuring speed.</source>
        <translation>small (the default): a few hundred cases; large: ten years of a large employer, 50,000 cases, for measuring speed.</translation>
    </message>
    <message>
        <source>small|large</source>
        <translation>small|large</translation>
    </message>
    <message>
        <source>With --size large: 2 or 4 times as much data.</source>
        <translation>With --size large: 2 or 4 times as much data.</translation>
    </message>
    <message>
        <source>1|2|4</source>
        <translation>1|2|4</translation>
    </message>
    <message>
        <source>Use --size small or --size large, and --scale 1, 2 or 4 only with --size large.</source>
        <translation>Use --size small or --size large, and --scale 1, 2 or 4 only with --size large.</translation>
    </message>
    <message>
        <source>Created the large demo vault %1 in %2 s: %3 cases, %4 contact moments, %5 follow-ups, %6 consultations, %7 groups with %8 sessions.</source>
        <translation>Created the large demo vault %1 in %2 s: %3 cases, %4 contact moments, %5 follow-ups, %6 consultations, %7 groups with %8 sessions.</translation>
    </message>
    <message>
        <source>%1: replaced the older figures of this source for the months they share</source>
        <translation>%1: replaced the older figures of this source for the months they share</translation>
    </message>
    <message>
        <source>List the cases past their destruction date, and destroy them</source>
        <translation>List the cases past their destruction date, and destroy them</translation>
    </message>
    <message>
        <source>Nothing was destroyed. Add --yes to destroy without being asked.</source>
        <translation>Nothing was destroyed. Add --yes to destroy without being asked.</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to go on: </source>
        <translation>Type &quot;yes&quot; to go on: </translation>
    </message>
    <message>
        <source>Nothing was destroyed.</source>
        <translation>Nothing was destroyed.</translation>
    </message>
    <message>
        <source>Destroy the case NUMBER (it must be due).</source>
        <translation>Destroy the case NUMBER (it must be due).</translation>
    </message>
    <message>
        <source>Destroy every case that is due.</source>
        <translation>Destroy every case that is due.</translation>
    </message>
    <message>
        <source>Do not ask before destroying.</source>
        <translation>Do not ask before destroying.</translation>
    </message>
    <message>
        <source>List the closed cases past their destruction date, and destroy them: their personal data and every text are erased for good, the coded fields stay for the statistics. Without --destroy or --destroy-due nothing changes.</source>
        <translation>List the closed cases past their destruction date, and destroy them: their personal data and every text are erased for good, the coded fields stay for the statistics. Without --destroy or --destroy-due nothing changes.</translation>
    </message>
    <message>
        <source>Give --destroy NUMBER or --destroy-due, not both.</source>
        <translation>Give --destroy NUMBER or --destroy-due, not both.</translation>
    </message>
    <message>
        <source>Its personal data and every text (the intake, contact notes, referral notes, follow-ups) are erased for good; the type, dates, codes and hours stay for the statistics.</source>
        <translation>Its personal data and every text (the intake, contact notes, referral notes, follow-ups) are erased for good; the type, dates, codes and hours stay for the statistics.</translation>
    </message>
    <message>
        <source>There is no case %1 in this vault.</source>
        <translation>There is no case %1 in this vault.</translation>
    </message>
    <message>
        <source>Destroy case %1?</source>
        <translation>Destroy case %1?</translation>
    </message>
    <message>
        <source>Case %1 was destroyed.</source>
        <translation>Case %1 was destroyed.</translation>
    </message>
    <message>
        <source>No case is past its destruction date.</source>
        <translation>No case is past its destruction date.</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n case(s) past their destruction date?</source>
        <translation>
            <numerusform>Destroy %n case past its destruction date?</numerusform>
            <numerusform>Destroy %n cases past their destruction date?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) destroyed.</source>
        <translation>
            <numerusform>%n case destroyed.</numerusform>
            <numerusform>%n cases destroyed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past their destruction date:</source>
        <translation>
            <numerusform>%n case past its destruction date:</numerusform>
            <numerusform>%n cases past their destruction date:</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Destruction date</source>
        <translation>Destruction date</translation>
    </message>
    <message>
        <source>Destroy one with --destroy NUMBER, or all of them with --destroy-due.</source>
        <translation>Destroy one with --destroy NUMBER, or all of them with --destroy-due.</translation>
    </message>
    <message>
        <source>Register the cases of a spreadsheet saved as CSV, all or nothing</source>
        <translation>Register the cases of a spreadsheet saved as CSV, all or nothing</translation>
    </message>
    <message>
        <source>Read the column and value mapping from FILE (written by --write-mapping, then edited).</source>
        <translation>Read the column and value mapping from FILE (written by --write-mapping, then edited).</translation>
    </message>
    <message>
        <source>Check every row and report; import nothing.</source>
        <translation>Check every row and report; import nothing.</translation>
    </message>
    <message>
        <source>Do not ask before importing.</source>
        <translation>Do not ask before importing.</translation>
    </message>
    <message>
        <source>Register the cases of a spreadsheet saved as CSV (comma or semicolon, UTF-8 or Windows-1252). Every row is checked first; the rows that cannot be taken are listed with the reason, and nothing is imported until every row is good.</source>
        <translation>Register the cases of a spreadsheet saved as CSV (comma or semicolon, UTF-8 or Windows-1252). Every row is checked first; the rows that cannot be taken are listed with the reason, and nothing is imported until every row is good.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>%1 with byte-order mark</source>
        <translation>%1 with byte-order mark</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 separated, %n row(s).</source>
        <translation>
            <numerusform>%1: %2, %3 separated, %n row.</numerusform>
            <numerusform>%1: %2, %3 separated, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Fields no column fills: %1.</source>
        <translation>Fields no column fills: %1.</translation>
    </message>
    <message>
        <source>The mapping was written to %1. Edit it, then run again with --mapping %1.</source>
        <translation>The mapping was written to %1. Edit it, then run again with --mapping %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) can be imported.</source>
        <translation>
            <numerusform>%1 of %n row can be imported.</numerusform>
            <numerusform>%1 of %n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n row cannot be imported:</numerusform>
            <numerusform>%n rows cannot be imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: %3</source>
        <translation>Row %1, column &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Values that match no list item (map them with --write-mapping and --mapping):</source>
        <translation>Values that match no list item (map them with --write-mapping and --mapping):</translation>
    </message>
    <message numerus="yes">
        <source>(%n row(s))</source>
        <translation>
            <numerusform>(%n row)</numerusform>
            <numerusform>(%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has column names but no rows below them.</source>
        <translation>The file has column names but no rows below them.</translation>
    </message>
    <message>
        <source>Nothing was imported (a dry run).</source>
        <translation>Nothing was imported (a dry run).</translation>
    </message>
    <message>
        <source>Nothing was imported. Add --yes to import without being asked.</source>
        <translation>Nothing was imported. Add --yes to import without being asked.</translation>
    </message>
    <message numerus="yes">
        <source>Register %n case(s) in this vault?</source>
        <translation>
            <numerusform>Register %n case in this vault?</numerusform>
            <numerusform>Register %n cases in this vault?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n case(s).</source>
        <translation>
            <numerusform>Registered %n case.</numerusform>
            <numerusform>Registered %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are closed.</source>
        <translation>
            <numerusform>%n of them is closed.</numerusform>
            <numerusform>%n of them are closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the closed cases are already past their destruction date; &quot;baken-cli retention&quot; lists them.</source>
        <translation>
            <numerusform>%n of the closed cases is already past its destruction date; &quot;baken-cli retention&quot; lists it.</numerusform>
            <numerusform>%n of the closed cases are already past their destruction date; &quot;baken-cli retention&quot; lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The spreadsheet still holds these cases unencrypted: delete it (and any mapping file) once you no longer need it.</source>
        <translation>The spreadsheet still holds these cases unencrypted: delete it (and any mapping file) once you no longer need it.</translation>
    </message>
    <message>
        <source>(add the value to this list as a new item)</source>
        <translation>(add the value to this list as a new item)</translation>
    </message>
    <message>
        <source>Write the mapping to FILE, with every value that matches no list item marked &quot;?&quot; to fill in (a code of its list, &quot;&quot; for none, or &quot;+&quot; to add the value to the list), and import nothing.</source>
        <translation>Write the mapping to FILE, with every value that matches no list item marked &quot;?&quot; to fill in (a code of its list, &quot;&quot; for none, or &quot;+&quot; to add the value to the list), and import nothing.</translation>
    </message>
</context>
<context>
    <name>baken::CodeList</name>
    <message>
        <source>Grounds of discrimination</source>
        <translation>Grounds of discrimination</translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation>Forms of behaviour</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Reporter roles</source>
        <translation>Reporter roles</translation>
    </message>
    <message>
        <source>Roles of the accused</source>
        <translation>Roles of the accused</translation>
    </message>
    <message>
        <source>Referral bodies</source>
        <translation>Referral bodies</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Client organisations</source>
        <translation>Client organisations</translation>
    </message>
    <message>
        <source>Doubt-line staff</source>
        <translation>Doubt-line staff</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Group facilitators</source>
        <translation>Group facilitators</translation>
    </message>
</context>
<context>
    <name>baken::CodeLists</name>
    <message>
        <source>That item no longer exists.</source>
        <translation>That item no longer exists.</translation>
    </message>
    <message>
        <source>Give the item a name in Dutch and in English.</source>
        <translation>Give the item a name in Dutch and in English.</translation>
    </message>
    <message>
        <source>A name can be at most %1 characters long.</source>
        <translation>A name can be at most %1 characters long.</translation>
    </message>
    <message>
        <source>This list already has a retired item with that name. Restore it instead.</source>
        <translation>This list already has a retired item with that name. Restore it instead.</translation>
    </message>
    <message>
        <source>This list already has an item with that name.</source>
        <translation>This list already has an item with that name.</translation>
    </message>
    <message>
        <source>Standard items cannot be deleted; retire the item instead.</source>
        <translation>Standard items cannot be deleted; retire the item instead.</translation>
    </message>
    <message>
        <source>This item is used in saved records; retire it instead.</source>
        <translation>This item is used in saved records; retire it instead.</translation>
    </message>
    <message>
        <source>The choice for &quot;%1&quot; is not in its list. Choose again.</source>
        <translation>The choice for &quot;%1&quot; is not in its list. Choose again.</translation>
    </message>
</context>
<context>
    <name>baken::ConsultationService</name>
    <message>
        <source>Give the date and time of the consultation.</source>
        <translation>Give the date and time of the consultation.</translation>
    </message>
    <message>
        <source>The date and time of the consultation lie in the future.</source>
        <translation>The date and time of the consultation lie in the future.</translation>
    </message>
    <message>
        <source>The duration must lie between 0 and %1 minutes.</source>
        <translation>The duration must lie between 0 and %1 minutes.</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>A contact of the kind &quot;%1&quot; holds no content. Log it as a consultation instead.</source>
        <translation>A contact of the kind &quot;%1&quot; holds no content. Log it as a consultation instead.</translation>
    </message>
    <message>
        <source>Keep the question to %1 characters; the doubt line logs it in a few words.</source>
        <translation>Keep the question to %1 characters; the doubt line logs it in a few words.</translation>
    </message>
    <message>
        <source>caller role</source>
        <translation>caller role</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>advice</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <source>Choose the advice that was given.</source>
        <translation>Choose the advice that was given.</translation>
    </message>
    <message>
        <source>Advice is recorded only with the outcome &quot;%1&quot;.</source>
        <translation>Advice is recorded only with the outcome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose where the caller was referred to.</source>
        <translation>Choose where the caller was referred to.</translation>
    </message>
    <message>
        <source>A referral is recorded only with the outcome &quot;%1&quot;.</source>
        <translation>A referral is recorded only with the outcome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give a phone number or address for the callback.</source>
        <translation>Give a phone number or address for the callback.</translation>
    </message>
    <message>
        <source>Keep the callback contact to %1 characters: a phone number or an address.</source>
        <translation>Keep the callback contact to %1 characters: a phone number or an address.</translation>
    </message>
    <message>
        <source>Give the date by which to call back.</source>
        <translation>Give the date by which to call back.</translation>
    </message>
    <message>
        <source>The callback is due before the consultation took place.</source>
        <translation>The callback is due before the consultation took place.</translation>
    </message>
    <message>
        <source>A contact detail is kept only when the caller wants a callback.</source>
        <translation>A contact detail is kept only when the caller wants a callback.</translation>
    </message>
    <message>
        <source>A new consultation has no case or completed callback yet.</source>
        <translation>A new consultation has no case or completed callback yet.</translation>
    </message>
    <message>
        <source>This consultation has no open callback.</source>
        <translation>This consultation has no open callback.</translation>
    </message>
    <message>
        <source>A contact of the kind &quot;%1&quot; cannot become a case.</source>
        <translation>A contact of the kind &quot;%1&quot; cannot become a case.</translation>
    </message>
    <message>
        <source>This consultation was already handed over; its case is still a draft.</source>
        <translation>This consultation was already handed over; its case is still a draft.</translation>
    </message>
    <message>
        <source>This consultation was already handed over to case %1.</source>
        <translation>This consultation was already handed over to case %1.</translation>
    </message>
    <message>
        <source>That consultation no longer exists.</source>
        <translation>That consultation no longer exists.</translation>
    </message>
    <message>
        <source>referral body</source>
        <translation>referral body</translation>
    </message>
    <message>
        <source>Only a contact without content is logged this way; log a consultation in the form.</source>
        <translation>Only a contact without content is logged this way; log a consultation in the form.</translation>
    </message>
</context>
<context>
    <name>baken::ConsultationTypes</name>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Silent call</source>
        <translation>Silent call</translation>
    </message>
    <message>
        <source>Discrimination: yes</source>
        <translation>Discrimination: yes</translation>
    </message>
    <message>
        <source>Discrimination: possibly</source>
        <translation>Discrimination: possibly</translation>
    </message>
    <message>
        <source>Discrimination: no</source>
        <translation>Discrimination: no</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unclear</translation>
    </message>
    <message>
        <source>Listened and explained</source>
        <translation>Listened and explained</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Hang-up</source>
        <translation>Hang-up</translation>
    </message>
    <message>
        <source>Abusive call</source>
        <translation>Abusive call</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Test call</translation>
    </message>
</context>
<context>
    <name>baken::Database</name>
    <message>
        <source>The passphrase is not correct, or the file is not a Baken vault.</source>
        <translation>The passphrase is not correct, or the file is not a Baken vault.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The vault file cannot be written. Check that the folder is writable.</source>
        <translation>The vault file cannot be written. Check that the folder is writable.</translation>
    </message>
    <message>
        <source>The vault is in use by another Baken window or program.</source>
        <translation>The vault is in use by another Baken window or program.</translation>
    </message>
    <message>
        <source>The vault file is damaged. Restore it from a backup.</source>
        <translation>The vault file is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The vault could not be read from or written to the disk.</source>
        <translation>The vault could not be read from or written to the disk.</translation>
    </message>
    <message>
        <source>The vault reported an internal error (code %1). Nothing was changed.</source>
        <translation>The vault reported an internal error (code %1). Nothing was changed.</translation>
    </message>
    <message>
        <source>The vault could not be written to the disk. The disk may be full: free some space and try again. What was saved before is safe.</source>
        <translation>The vault could not be written to the disk. The disk may be full: free some space and try again. What was saved before is safe.</translation>
    </message>
</context>
<context>
    <name>baken::GroupService</name>
    <message>
        <source>Give a pseudonym: the group knows people by the name they choose to use there.</source>
        <translation>Give a pseudonym: the group knows people by the name they choose to use there.</translation>
    </message>
    <message>
        <source>Keep the pseudonym to %1 and the contact details to %2 characters.</source>
        <translation>Keep the pseudonym to %1 and the contact details to %2 characters.</translation>
    </message>
    <message>
        <source>Choose the case this person came from, or choose &quot;signed up themselves&quot;.</source>
        <translation>Choose the case this person came from, or choose &quot;signed up themselves&quot;.</translation>
    </message>
    <message>
        <source>Choose the consultation this person came from, or choose &quot;signed up themselves&quot;.</source>
        <translation>Choose the consultation this person came from, or choose &quot;signed up themselves&quot;.</translation>
    </message>
    <message>
        <source>Someone called &quot;%1&quot; is already in this group or waiting for it; choose another pseudonym.</source>
        <translation>Someone called &quot;%1&quot; is already in this group or waiting for it; choose another pseudonym.</translation>
    </message>
    <message>
        <source>The day they joined lies in the future.</source>
        <translation>The day they joined lies in the future.</translation>
    </message>
    <message>
        <source>%1 already left the group.</source>
        <translation>%1 already left the group.</translation>
    </message>
    <message>
        <source>Give the day on which they left; it cannot lie in the future.</source>
        <translation>Give the day on which they left; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>They cannot leave before they joined (%1).</source>
        <translation>They cannot leave before they joined (%1).</translation>
    </message>
    <message>
        <source>Keep the reason to %1 characters: a few words, not the story.</source>
        <translation>Keep the reason to %1 characters: a few words, not the story.</translation>
    </message>
    <message>
        <source>%1 has not been offered a seat.</source>
        <translation>%1 has not been offered a seat.</translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation>This session was cancelled.</translation>
    </message>
    <message>
        <source>This session has not taken place yet.</source>
        <translation>This session has not taken place yet.</translation>
    </message>
    <message>
        <source>%1 was not in the group on %2.</source>
        <translation>%1 was not in the group on %2.</translation>
    </message>
    <message>
        <source>This task is already done.</source>
        <translation>This task is already done.</translation>
    </message>
    <message>
        <source>A score lies between 1 and 5.</source>
        <translation>A score lies between 1 and 5.</translation>
    </message>
    <message>
        <source>Only someone who took part can evaluate the series.</source>
        <translation>Only someone who took part can evaluate the series.</translation>
    </message>
    <message>
        <source>%1 already gave a score for this series; each participant scores once.</source>
        <translation>%1 already gave a score for this series; each participant scores once.</translation>
    </message>
    <message>
        <source>Give the group a theme, for example &quot;Racism at work&quot;.</source>
        <translation>Give the group a theme, for example &quot;Racism at work&quot;.</translation>
    </message>
    <message>
        <source>Keep the theme to %1 characters.</source>
        <translation>Keep the theme to %1 characters.</translation>
    </message>
    <message>
        <source>Keep the description to %1 characters.</source>
        <translation>Keep the description to %1 characters.</translation>
    </message>
    <message>
        <source>The number of seats must lie between 1 and %1.</source>
        <translation>The number of seats must lie between 1 and %1.</translation>
    </message>
    <message>
        <source>Keep the place and the online link to %1 characters each.</source>
        <translation>Keep the place and the online link to %1 characters each.</translation>
    </message>
    <message>
        <source>The aftercare rule for missed sessions must lie between 0 (off) and %1 sessions.</source>
        <translation>The aftercare rule for missed sessions must lie between 0 (off) and %1 sessions.</translation>
    </message>
    <message>
        <source>The check-in after the series must lie between 0 (off) and %1 days.</source>
        <translation>The check-in after the series must lie between 0 (off) and %1 days.</translation>
    </message>
    <message>
        <source>facilitators</source>
        <translation>facilitators</translation>
    </message>
    <message numerus="yes">
        <source>%n people have a seat in this group; lower the number of seats only after someone leaves.</source>
        <translation>
            <numerusform>%n person has a seat in this group; lower the number of seats only after someone leaves.</numerusform>
            <numerusform>%n people have a seat in this group; lower the number of seats only after someone leaves.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new schedule drops the session of %1, which already has attendance, a note or a change. Move or cancel single sessions instead.</source>
        <translation>The new schedule drops the session of %1, which already has attendance, a note or a change. Move or cancel single sessions instead.</translation>
    </message>
    <message>
        <source>The group has no session on %1.</source>
        <translation>The group has no session on %1.</translation>
    </message>
    <message>
        <source>Attendance was taken for this session, so it took place; it cannot be cancelled.</source>
        <translation>Attendance was taken for this session, so it took place; it cannot be cancelled.</translation>
    </message>
    <message>
        <source>Keep the session note to %1 characters.</source>
        <translation>Keep the session note to %1 characters.</translation>
    </message>
    <message>
        <source>That group or participant no longer exists.</source>
        <translation>That group or participant no longer exists.</translation>
    </message>
</context>
<context>
    <name>baken::GroupTypes</name>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Signed up themselves</source>
        <translation>Signed up themselves</translation>
    </message>
    <message>
        <source>Referred from a case</source>
        <translation>Referred from a case</translation>
    </message>
    <message>
        <source>Referred from the doubt line</source>
        <translation>Referred from the doubt line</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <source>Seat offered</source>
        <translation>Seat offered</translation>
    </message>
    <message>
        <source>In the group</source>
        <translation>In the group</translation>
    </message>
    <message>
        <source>Left the group</source>
        <translation>Left the group</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent with notice</source>
        <translation>Absent with notice</translation>
    </message>
    <message>
        <source>Absent without notice</source>
        <translation>Absent without notice</translation>
    </message>
    <message>
        <source>Offer the free seat to the next person on the waiting list</source>
        <translation>Offer the free seat to the next person on the waiting list</translation>
    </message>
    <message>
        <source>Check in: missed several sessions in a row</source>
        <translation>Check in: missed several sessions in a row</translation>
    </message>
    <message>
        <source>Check in after the series has ended</source>
        <translation>Check in after the series has ended</translation>
    </message>
</context>
<context>
    <name>baken::HoursExport</name>
    <message>
        <source>Choose a month and a client organisation.</source>
        <translation>Choose a month and a client organisation.</translation>
    </message>
    <message>
        <source>The hours could not be written. Choose another place to save them.</source>
        <translation>The hours could not be written. Choose another place to save them.</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>case number</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>baken::Interchange</name>
    <message>
        <source>the contact lies in the future</source>
        <translation>the contact lies in the future</translation>
    </message>
    <message>
        <source>the referral date lies in the future</source>
        <translation>the referral date lies in the future</translation>
    </message>
    <message>
        <source>case details went to another body without the reporter&apos;s consent (&quot;sharesData&quot; is true, &quot;consent&quot; is false)</source>
        <translation>case details went to another body without the reporter&apos;s consent (&quot;sharesData&quot; is true, &quot;consent&quot; is false)</translation>
    </message>
    <message>
        <source>a follow-up needs a description (&quot;title&quot;)</source>
        <translation>a follow-up needs a description (&quot;title&quot;)</translation>
    </message>
    <message>
        <source>the date of the hours lies in the future</source>
        <translation>the date of the hours lies in the future</translation>
    </message>
    <message>
        <source>the date of the consent lies in the future</source>
        <translation>the date of the consent lies in the future</translation>
    </message>
    <message>
        <source>the intake date is missing or lies in the future</source>
        <translation>the intake date is missing or lies in the future</translation>
    </message>
    <message>
        <source>the incident date lies after the intake date</source>
        <translation>the incident date lies after the intake date</translation>
    </message>
    <message>
        <source>the end of the incident period lies before its start</source>
        <translation>the end of the incident period lies before its start</translation>
    </message>
    <message>
        <source>a consent that was given needs the date on which it was given</source>
        <translation>a consent that was given needs the date on which it was given</translation>
    </message>
    <message>
        <source>the identity is &quot;pseudonym&quot; but the pseudonym is empty</source>
        <translation>the identity is &quot;pseudonym&quot; but the pseudonym is empty</translation>
    </message>
    <message>
        <source>the consent to share names no body to share with</source>
        <translation>the consent to share names no body to share with</translation>
    </message>
    <message>
        <source>a draft has status &quot;new&quot; and no outcome, measures, closing dates or status history</source>
        <translation>a draft has status &quot;new&quot; and no outcome, measures, closing dates or status history</translation>
    </message>
    <message>
        <source>a closed case needs an outcome and at least one measure</source>
        <translation>a closed case needs an outcome and at least one measure</translation>
    </message>
    <message>
        <source>a closed case needs a closing date that does not lie in the future</source>
        <translation>a closed case needs a closing date that does not lie in the future</translation>
    </message>
    <message>
        <source>a closed case needs a destruction date on or after its closing date</source>
        <translation>a closed case needs a destruction date on or after its closing date</translation>
    </message>
    <message>
        <source>only a closed case has a closing date and a destruction date</source>
        <translation>only a closed case has a closing date and a destruction date</translation>
    </message>
    <message>
        <source>&quot;statusHistory&quot; must start at registration (&quot;from&quot;: null) and end in the case&apos;s status</source>
        <translation>&quot;statusHistory&quot; must start at registration (&quot;from&quot;: null) and end in the case&apos;s status</translation>
    </message>
    <message>
        <source>statusHistory[%1]: &quot;from&quot; is not the status that the change before it led to</source>
        <translation>statusHistory[%1]: &quot;from&quot; is not the status that the change before it led to</translation>
    </message>
    <message>
        <source>draft case (cases[%1])</source>
        <translation>draft case (cases[%1])</translation>
    </message>
    <message>
        <source>a draft has no number yet: &quot;number&quot; must be null</source>
        <translation>a draft has no number yet: &quot;number&quot; must be null</translation>
    </message>
    <message>
        <source>&quot;number&quot; must be a case number such as 2026-0042</source>
        <translation>&quot;number&quot; must be a case number such as 2026-0042</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>a draft has no timeline, referrals, follow-ups or hours; those come after registration</source>
        <translation>a draft has no timeline, referrals, follow-ups or hours; those come after registration</translation>
    </message>
    <message>
        <source>codeLists.%1: the item &quot;%2&quot; has the same name as the item &quot;%3&quot; that this vault already has</source>
        <translation>codeLists.%1: the item &quot;%2&quot; has the same name as the item &quot;%3&quot; that this vault already has</translation>
    </message>
    <message>
        <source>must be an object with named fields</source>
        <translation>must be an object with named fields</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this format version</source>
        <translation>&quot;%1&quot; is not a field of this format version</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be null</source>
        <translation>&quot;%1&quot; cannot be null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; must be %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; is longer than %2 characters</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>&quot;%1&quot; must be between %2 and %3</translation>
    </message>
    <message>
        <source>a date written as YYYY-MM-DD</source>
        <translation>a date written as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a date and time in ISO 8601 with a time zone, such as 2026-03-01T09:30:00.000Z</source>
        <translation>a date and time in ISO 8601 with a time zone, such as 2026-03-01T09:30:00.000Z</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object with named fields</source>
        <translation>an object with named fields</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2</source>
        <translation>&quot;%1&quot; must be one of: %2</translation>
    </message>
    <message>
        <source>a code from the list &quot;%1&quot;</source>
        <translation>a code from the list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the code &quot;%2&quot; is neither in this vault&apos;s list &quot;%3&quot; nor defined in the file</source>
        <translation>&quot;%1&quot;: the code &quot;%2&quot; is neither in this vault&apos;s list &quot;%3&quot; nor defined in the file</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(not text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the code &quot;%2&quot; twice</source>
        <translation>&quot;%1&quot; names the code &quot;%2&quot; twice</translation>
    </message>
    <message>
        <source>The file is too large to be a Baken interchange file.</source>
        <translation>The file is too large to be a Baken interchange file.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>The file is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>This is not a Baken interchange file.</source>
        <translation>This is not a Baken interchange file.</translation>
    </message>
    <message>
        <source>case %1: this vault already holds a case with that number; nothing was imported</source>
        <translation>case %1: this vault already holds a case with that number; nothing was imported</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be 1 to 64 lower-case letters, digits or underscores</source>
        <translation>&quot;code&quot; must be 1 to 64 lower-case letters, digits or underscores</translation>
    </message>
    <message>
        <source>the item needs a name in Dutch and in English</source>
        <translation>the item needs a name in Dutch and in English</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice in this list</source>
        <translation>the code &quot;%1&quot; appears twice in this list</translation>
    </message>
    <message>
        <source>another item of this list has the same name</source>
        <translation>another item of this list has the same name</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>This is not a Baken interchange file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>This is not a Baken interchange file (its &quot;format&quot; is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1 on.</source>
        <translation>The file&apos;s &quot;version&quot; must be a whole number from 1 on.</translation>
    </message>
    <message>
        <source>The file was written by a newer Baken (format version %1); this Baken reads version %2. Update Baken, then import it.</source>
        <translation>The file was written by a newer Baken (format version %1); this Baken reads version %2. Update Baken, then import it.</translation>
    </message>
    <message>
        <source>the file holds two cases with this number</source>
        <translation>the file holds two cases with this number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is personal data, which an interchange file never holds: names and contact details leave a vault only in the data-subject extract</source>
        <translation>&quot;%1&quot; is personal data, which an interchange file never holds: names and contact details leave a vault only in the data-subject extract</translation>
    </message>
    <message>
        <source>the consultation lies in the future</source>
        <translation>the consultation lies in the future</translation>
    </message>
    <message>
        <source>a contact of the kind &quot;%1&quot; holds no content, no callback and no case</source>
        <translation>a contact of the kind &quot;%1&quot; holds no content, no callback and no case</translation>
    </message>
    <message>
        <source>&quot;advice&quot; is given exactly when &quot;outcome&quot; is &quot;advised&quot;</source>
        <translation>&quot;advice&quot; is given exactly when &quot;outcome&quot; is &quot;advised&quot;</translation>
    </message>
    <message>
        <source>&quot;body&quot; is given exactly when &quot;outcome&quot; is &quot;referred&quot;</source>
        <translation>&quot;body&quot; is given exactly when &quot;outcome&quot; is &quot;referred&quot;</translation>
    </message>
    <message>
        <source>a wanted callback needs its due date (&quot;callbackDue&quot;)</source>
        <translation>a wanted callback needs its due date (&quot;callbackDue&quot;)</translation>
    </message>
    <message>
        <source>the callback is due before the consultation took place</source>
        <translation>the callback is due before the consultation took place</translation>
    </message>
    <message>
        <source>only a wanted callback has a due date or a completion time</source>
        <translation>only a wanted callback has a due date or a completion time</translation>
    </message>
    <message>
        <source>a consultation is handed over to one case: &quot;case&quot; or &quot;draftCase&quot;, not both</source>
        <translation>a consultation is handed over to one case: &quot;case&quot; or &quot;draftCase&quot;, not both</translation>
    </message>
    <message>
        <source>&quot;case&quot;: the file holds no case %1</source>
        <translation>&quot;case&quot;: the file holds no case %1</translation>
    </message>
    <message>
        <source>&quot;draftCase&quot;: cases[%1] is not a draft; name a registered case by its number</source>
        <translation>&quot;draftCase&quot;: cases[%1] is not a draft; name a registered case by its number</translation>
    </message>
    <message>
        <source>the guide has a second entry for the body &quot;%1&quot;</source>
        <translation>the guide has a second entry for the body &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a local time written as YYYY-MM-DDTHH:MM, without a time zone</source>
        <translation>a local time written as YYYY-MM-DDTHH:MM, without a time zone</translation>
    </message>
    <message>
        <source>a cancelled session has no new time or place</source>
        <translation>a cancelled session has no new time or place</translation>
    </message>
    <message>
        <source>a second change for the session of %1</source>
        <translation>a second change for the session of %1</translation>
    </message>
    <message>
        <source>&quot;session&quot;: the series has no session at %1</source>
        <translation>&quot;session&quot;: the series has no session at %1</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>the note is empty</translation>
    </message>
    <message>
        <source>a second note for the session of %1</source>
        <translation>a second note for the session of %1</translation>
    </message>
    <message>
        <source>only a participant with the source &quot;case&quot; links to a case</source>
        <translation>only a participant with the source &quot;case&quot; links to a case</translation>
    </message>
    <message>
        <source>only a participant with the source &quot;consultation&quot; links to a consultation</source>
        <translation>only a participant with the source &quot;consultation&quot; links to a consultation</translation>
    </message>
    <message>
        <source>a participant came from one case: &quot;case&quot; or &quot;draftCase&quot;, not both</source>
        <translation>a participant came from one case: &quot;case&quot; or &quot;draftCase&quot;, not both</translation>
    </message>
    <message>
        <source>&quot;consultation&quot;: the file holds no consultations[%1]</source>
        <translation>&quot;consultation&quot;: the file holds no consultations[%1]</translation>
    </message>
    <message>
        <source>the participant needs a pseudonym</source>
        <translation>the participant needs a pseudonym</translation>
    </message>
    <message>
        <source>the day of joining or leaving lies in the future</source>
        <translation>the day of joining or leaving lies in the future</translation>
    </message>
    <message>
        <source>a member has a joining day and no leaving day or reason</source>
        <translation>a member has a joining day and no leaving day or reason</translation>
    </message>
    <message>
        <source>someone waiting for a seat has no joining or leaving day and no reason</source>
        <translation>someone waiting for a seat has no joining or leaving day and no reason</translation>
    </message>
    <message>
        <source>someone who left has a leaving day, not before the joining day</source>
        <translation>someone who left has a leaving day, not before the joining day</translation>
    </message>
    <message>
        <source>only someone who took part can have evaluated the series</source>
        <translation>only someone who took part can have evaluated the series</translation>
    </message>
    <message>
        <source>someone else in the group has the pseudonym &quot;%1&quot;</source>
        <translation>someone else in the group has the pseudonym &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 participants have a seat, more than the group&apos;s %2 seats</source>
        <translation>%1 participants have a seat, more than the group&apos;s %2 seats</translation>
    </message>
    <message>
        <source>&quot;participant&quot;: participants[%1] never had a seat</source>
        <translation>&quot;participant&quot;: participants[%1] never had a seat</translation>
    </message>
    <message>
        <source>&quot;session&quot;: the series has no session at %1 that took place</source>
        <translation>&quot;session&quot;: the series has no session at %1 that took place</translation>
    </message>
    <message>
        <source>participants[%1] has a second record for this session</source>
        <translation>participants[%1] has a second record for this session</translation>
    </message>
    <message>
        <source>&quot;participant&quot;: the group has no participants[%1]</source>
        <translation>&quot;participant&quot;: the group has no participants[%1]</translation>
    </message>
    <message>
        <source>&quot;evaluation&quot; must list five counts: how many gave the scores 1 to 5</source>
        <translation>&quot;evaluation&quot; must list five counts: how many gave the scores 1 to 5</translation>
    </message>
    <message>
        <source>the evaluation holds %1 scores, but %2 participants are marked as having given one</source>
        <translation>the evaluation holds %1 scores, but %2 participants are marked as having given one</translation>
    </message>
    <message>
        <source>the file holds two groups with the number %1</source>
        <translation>the file holds two groups with the number %1</translation>
    </message>
    <message>
        <source>The export could not be written. The disk may be full, or the folder may not accept files: free some space or choose another folder.</source>
        <translation>The export could not be written. The disk may be full, or the folder may not accept files: free some space or choose another folder.</translation>
    </message>
</context>
<context>
    <name>baken::PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long sentence only you would think of.</source>
        <translation>Use four or more unrelated words, or a long sentence only you would think of.</translation>
    </message>
    <message>
        <source>Acceptable. One more unrelated word makes it strong.</source>
        <translation>Acceptable. One more unrelated word makes it strong.</translation>
    </message>
    <message>
        <source>It contains common words or names, even with letters swapped for digits.</source>
        <translation>It contains common words or names, even with letters swapped for digits.</translation>
    </message>
    <message>
        <source>It repeats characters or parts.</source>
        <translation>It repeats characters or parts.</translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 1234.</source>
        <translation>It contains a sequence such as abc or 1234.</translation>
    </message>
    <message>
        <source>It contains a keyboard pattern such as qwerty.</source>
        <translation>It contains a keyboard pattern such as qwerty.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>It contains a date or a year.</translation>
    </message>
    <message>
        <source>It is short.</source>
        <translation>It is short.</translation>
    </message>
</context>
<context>
    <name>baken::RecoveryKey</name>
    <message>
        <source>A recovery key has %1 characters in groups of four; this one has %2.</source>
        <translation>A recovery key has %1 characters in groups of four; this one has %2.</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; does not occur in recovery keys.</source>
        <translation>The character &quot;%1&quot; does not occur in recovery keys.</translation>
    </message>
    <message>
        <source>This recovery key contains a typing error. Check each group against the printed key.</source>
        <translation>This recovery key contains a typing error. Check each group against the printed key.</translation>
    </message>
</context>
<context>
    <name>baken::ReferralGuide</name>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Yes, anonymously</source>
        <translation>Yes, anonymously</translation>
    </message>
    <message>
        <source>Not anonymously</source>
        <translation>Not anonymously</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>That referral body does not exist.</source>
        <translation>That referral body does not exist.</translation>
    </message>
    <message>
        <source>The guide describes referral bodies only; &quot;%1&quot; is not one.</source>
        <translation>The guide describes referral bodies only; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>A text in the guide may hold at most %1 characters.</source>
        <translation>A text in the guide may hold at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>baken::RetentionService</name>
    <message>
        <source>Nothing was destroyed: Baken does not know how to erase %1. Update Baken and try again.</source>
        <translation>Nothing was destroyed: Baken does not know how to erase %1. Update Baken and try again.</translation>
    </message>
    <message>
        <source>This case was destroyed at the end of its retention period. Its personal data and texts are gone; it cannot be reopened or changed. Record anything new in a new case.</source>
        <translation>This case was destroyed at the end of its retention period. Its personal data and texts are gone; it cannot be reopened or changed. Record anything new in a new case.</translation>
    </message>
    <message>
        <source>There is no such case in this vault.</source>
        <translation>There is no such case in this vault.</translation>
    </message>
    <message>
        <source>Case %1 was already destroyed.</source>
        <translation>Case %1 was already destroyed.</translation>
    </message>
    <message>
        <source>Only a closed case whose retention period has ended can be destroyed; case %1 is not closed.</source>
        <translation>Only a closed case whose retention period has ended can be destroyed; case %1 is not closed.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Case %1 is kept until %2; it cannot be destroyed before then.</source>
        <translation>Case %1 is kept until %2; it cannot be destroyed before then.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal could not be emptied after erasing.</source>
        <translation>The vault&apos;s journal could not be emptied after erasing.</translation>
    </message>
</context>
<context>
    <name>baken::Schedules</name>
    <message>
        <source>This group cannot be put in a calendar yet. Save the group first.</source>
        <translation>This group cannot be put in a calendar yet. Save the group first.</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>The calendar file could not be written.</translation>
    </message>
    <message>
        <source>The sessions of this group could not be worked out from its schedule. Check the first session and the recurrence.</source>
        <translation>The sessions of this group could not be worked out from its schedule. Check the first session and the recurrence.</translation>
    </message>
    <message>
        <source>Choose the date and time of the first session.</source>
        <translation>Choose the date and time of the first session.</translation>
    </message>
    <message>
        <source>A session lasts at least 15 minutes and at most 12 hours.</source>
        <translation>A session lasts at least 15 minutes and at most 12 hours.</translation>
    </message>
    <message>
        <source>The number of sessions must be at least 1.</source>
        <translation>The number of sessions must be at least 1.</translation>
    </message>
    <message>
        <source>Choose either the number of sessions or the date of the last session, not both.</source>
        <translation>Choose either the number of sessions or the date of the last session, not both.</translation>
    </message>
    <message>
        <source>Choose how many sessions the group has, or the date of the last session.</source>
        <translation>Choose how many sessions the group has, or the date of the last session.</translation>
    </message>
    <message numerus="yes">
        <source>A series has at most %n sessions. Plan the sessions after that as a new series.</source>
        <translation>
            <numerusform>A series has at most %n session. Plan the sessions after that as a new series.</numerusform>
            <numerusform>A series has at most %n sessions. Plan the sessions after that as a new series.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of the last session is before the first session.</source>
        <translation>The date of the last session is before the first session.</translation>
    </message>
    <message numerus="yes">
        <source>Up to that last date the series would have more than %n sessions. Choose an earlier last date.</source>
        <translation>
            <numerusform>Up to that last date the series would have more than %n session. Choose an earlier last date.</numerusform>
            <numerusform>Up to that last date the series would have more than %n sessions. Choose an earlier last date.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session is not part of the series, perhaps because the schedule has changed. Choose the session again.</source>
        <translation>This session is not part of the series, perhaps because the schedule has changed. Choose the session again.</translation>
    </message>
    <message>
        <source>Give the session a new time or a new place, or cancel it.</source>
        <translation>Give the session a new time or a new place, or cancel it.</translation>
    </message>
</context>
<context>
    <name>baken::SignalBundling</name>
    <message>
        <source>Choose a period whose start lies before its end.</source>
        <translation>Choose a period whose start lies before its end.</translation>
    </message>
</context>
<context>
    <name>baken::SubjectExtract</name>
    <message>
        <source>[name withheld]</source>
        <translation>[name withheld]</translation>
    </message>
    <message>
        <source>What your confidential advisor keeps about you</source>
        <translation>What your confidential advisor keeps about you</translation>
    </message>
    <message>
        <source>This is a copy of the personal data that your confidential advisor keeps about you in case %1, which the right of access (article 15 of the GDPR) entitles you to. It holds what you reported, the consents you gave, the contacts you had, where your report was referred to and what was agreed with you. It leaves out what concerns other people, such as the name of the person your report is about and measures taken towards others, and the advisor&apos;s own administration (hours, internal tasks, the log of who opened the file).</source>
        <translation>This is a copy of the personal data that your confidential advisor keeps about you in case %1, which the right of access (article 15 of the GDPR) entitles you to. It holds what you reported, the consents you gave, the contacts you had, where your report was referred to and what was agreed with you. It leaves out what concerns other people, such as the name of the person your report is about and measures taken towards others, and the advisor&apos;s own administration (hours, internal tasks, the log of who opened the file).</translation>
    </message>
    <message>
        <source>(not yet registered)</source>
        <translation>(not yet registered)</translation>
    </message>
    <message>
        <source>You may be contacted</source>
        <translation>You may be contacted</translation>
    </message>
    <message>
        <source>Your report may be shared</source>
        <translation>Your report may be shared</translation>
    </message>
    <message>
        <source>Your report may be bundled with similar reports</source>
        <translation>Your report may be bundled with similar reports</translation>
    </message>
    <message>
        <source>The extract could not be written: %1</source>
        <translation>The extract could not be written: %1</translation>
    </message>
</context>
<context>
    <name>baken::Vault</name>
    <message>
        <source>This vault uses a key setting that this version of Baken does not know. Open it with the version that created it.</source>
        <translation>This vault uses a key setting that this version of Baken does not know. Open it with the version that created it.</translation>
    </message>
    <message>
        <source>There was not enough memory to derive the key. Close other programs and try again.</source>
        <translation>There was not enough memory to derive the key. Close other programs and try again.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>A file with that name already exists. Choose another name.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <source>You may not write in that folder.</source>
        <translation>You may not write in that folder.</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>The file could not be written (%1).</translation>
    </message>
    <message>
        <source>This copy of Baken was built without encryption support and refuses to open vaults.</source>
        <translation>This copy of Baken was built without encryption support and refuses to open vaults.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal could not be switched on.</source>
        <translation>The vault&apos;s journal could not be switched on.</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Baken (step %1). It was left exactly as it was.</source>
        <translation>The vault could not be updated to this version of Baken (step %1). It was left exactly as it was.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Baken vault.</source>
        <translation>%1 is a folder, not a Baken vault.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Baken vault.</source>
        <translation>%1 is empty: it is not a Baken vault.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation>%1 cannot be read. Check its permissions.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted database, not a Baken vault. Baken only opens vaults it created.</source>
        <translation>%1 is an unencrypted database, not a Baken vault. Baken only opens vaults it created.</translation>
    </message>
    <message>
        <source>%1 is not a Baken vault.</source>
        <translation>%1 is not a Baken vault.</translation>
    </message>
    <message>
        <source>The folder for the new vault does not exist.</source>
        <translation>The folder for the new vault does not exist.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>The passphrase is not correct.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Baken. Install that version to open it; this version leaves it untouched.</source>
        <translation>This vault was saved by a newer version of Baken. Install that version to open it; this version leaves it untouched.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>This vault has no recovery key.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>The current passphrase is not correct.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <source>The re-encrypted copy did not match the vault.</source>
        <translation>The re-encrypted copy did not match the vault.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess (%1). %2</source>
        <translation>This passphrase is too easy to guess (%1). %2</translation>
    </message>
</context>
<context>
    <name>baken::VaultCheck</name>
    <message>
        <source>Code-list items in use</source>
        <translation>Code-list items in use</translation>
    </message>
    <message>
        <source>Retired code-list items</source>
        <translation>Retired code-list items</translation>
    </message>
    <message>
        <source>Audit-log entries</source>
        <translation>Audit-log entries</translation>
    </message>
</context>
<context>
    <name>baken::VaultSettings</name>
    <message>
        <source>The retention period must lie between %1 and %2 months.</source>
        <translation>The retention period must lie between %1 and %2 months.</translation>
    </message>
    <message>
        <source>k must lie between %1 and %2: figures below %1 would let people be recognised.</source>
        <translation>k must lie between %1 and %2: figures below %1 would let people be recognised.</translation>
    </message>
</context>
<context>
    <name>baken::csv::Dates</name>
    <message>
        <source>&quot;%1&quot; is not a date Baken can read. Write it day first, for example 3-2-2019 or 3 februari 2019.</source>
        <translation>&quot;%1&quot; is not a date Baken can read. Write it day first, for example 3-2-2019 or 3 februari 2019.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day in the calendar. Check the day and the month.</source>
        <translation>&quot;%1&quot; is not a day in the calendar. Check the day and the month.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; only makes sense month first (as in American dates); Baken reads dates day first. Write it as %2-%3-%4.</source>
        <translation>&quot;%1&quot; only makes sense month first (as in American dates); Baken reads dates day first. Write it as %2-%3-%4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a spreadsheet day number, not a date. Format the column as a date in the spreadsheet and save the file again.</source>
        <translation>&quot;%1&quot; is a spreadsheet day number, not a date. Format the column as a date in the spreadsheet and save the file again.</translation>
    </message>
</context>
<context>
    <name>baken::csv::Fields</name>
    <message>
        <source>Intake date</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation>Forms of behaviour</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Reporter&apos;s role</source>
        <translation>Reporter&apos;s role</translation>
    </message>
    <message>
        <source>Role of the accused</source>
        <translation>Role of the accused</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
</context>
<context>
    <name>baken::csv::Importer</name>
    <message>
        <source>This row repeats row %1. Delete one of them, or make them differ if they are two cases.</source>
        <translation>This row repeats row %1. Delete one of them, or make them differ if they are two cases.</translation>
    </message>
    <message>
        <source>The vault already holds this case (%1: the same intake date, type and description). Was this file imported before?</source>
        <translation>The vault already holds this case (%1: the same intake date, type and description). Was this file imported before?</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>The file holds no rows to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct or map them first.</source>
        <translation>
            <numerusform>%n row cannot be imported, so nothing was imported. Correct or map it first.</numerusform>
            <numerusform>%n rows cannot be imported, so nothing was imported. Correct or map them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty, but every case needs this.</source>
        <translation>Empty, but every case needs this.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches no item of &quot;%2&quot;. Map it to one, or correct the cell.</source>
        <translation>&quot;%1&quot; matches no item of &quot;%2&quot;. Map it to one, or correct the cell.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped to nothing, but every case needs this.</source>
        <translation>&quot;%1&quot; is mapped to nothing, but every case needs this.</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 lies in the future.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; shorten it.</source>
        <translation>The text is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>The case is closed, but the closing date is empty. Give the date it was closed.</source>
        <translation>The case is closed, but the closing date is empty. Give the date it was closed.</translation>
    </message>
    <message>
        <source>The case is closed, but the outcome is empty. Give the outcome.</source>
        <translation>The case is closed, but the outcome is empty. Give the outcome.</translation>
    </message>
    <message>
        <source>The closing date lies before the intake date.</source>
        <translation>The closing date lies before the intake date.</translation>
    </message>
    <message>
        <source>There is a closing date, but the status is &quot;%1&quot;. Clear the closing date or set the status to closed.</source>
        <translation>There is a closing date, but the status is &quot;%1&quot;. Clear the closing date or set the status to closed.</translation>
    </message>
    <message>
        <source>There is an outcome, but the case is not closed. Clear the outcome or set the status to closed.</source>
        <translation>There is an outcome, but the case is not closed. Clear the outcome or set the status to closed.</translation>
    </message>
    <message>
        <source>This row has more cells than the file has column names: a text probably holds a %1 without quotation marks around it. Correct the row in the spreadsheet.</source>
        <translation>This row has more cells than the file has column names: a text probably holds a %1 without quotation marks around it. Correct the row in the spreadsheet.</translation>
    </message>
    <message>
        <source>The incident date lies after the intake date.</source>
        <translation>The incident date lies after the intake date.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is given a column the file does not have.</source>
        <translation>The field &quot;%1&quot; is given a column the file does not have.</translation>
    </message>
    <message>
        <source>Choose the column for &quot;%1&quot;; every case needs it.</source>
        <translation>Choose the column for &quot;%1&quot;; every case needs it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of &quot;%2&quot; is mapped to &quot;%3&quot;, which is not a code of that list.</source>
        <translation>&quot;%1&quot; of &quot;%2&quot; is mapped to &quot;%3&quot;, which is not a code of that list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of &quot;%2&quot; cannot be added: that list is fixed. Map it to one of its items.</source>
        <translation>&quot;%1&quot; of &quot;%2&quot; cannot be added: that list is fixed. Map it to one of its items.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be added to &quot;%2&quot;: %3</source>
        <translation>&quot;%1&quot; cannot be added to &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was registered.</source>
        <translation>The import was stopped. Nothing was registered.</translation>
    </message>
</context>
<context>
    <name>baken::csv::Mapping</name>
    <message>
        <source>The mapping file is not valid JSON: %1 (at character %2).</source>
        <translation>The mapping file is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>This is not a Baken mapping file.</source>
        <translation>This is not a Baken mapping file.</translation>
    </message>
    <message>
        <source>This mapping file was written by another version of Baken; write a new one with --write-mapping.</source>
        <translation>This mapping file was written by another version of Baken; write a new one with --write-mapping.</translation>
    </message>
    <message>
        <source>The mapping file names a field Baken does not know: &quot;%1&quot;.</source>
        <translation>The mapping file names a field Baken does not know: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping file names the column &quot;%1&quot;, which this file does not have.</source>
        <translation>The mapping file names the column &quot;%1&quot;, which this file does not have.</translation>
    </message>
    <message>
        <source>The file has two columns named &quot;%1&quot;; give them different names in the spreadsheet.</source>
        <translation>The file has two columns named &quot;%1&quot;; give them different names in the spreadsheet.</translation>
    </message>
    <message>
        <source>The mapping file gives the column &quot;%1&quot; to two fields: &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>The mapping file gives the column &quot;%1&quot; to two fields: &quot;%2&quot; and &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The mapping file maps values of &quot;%1&quot;, which is not a field with a list.</source>
        <translation>The mapping file maps values of &quot;%1&quot;, which is not a field with a list.</translation>
    </message>
    <message>
        <source>In the mapping file, the value &quot;%1&quot; of &quot;%2&quot; needs a code in quotes (&quot;&quot; to leave it empty).</source>
        <translation>In the mapping file, the value &quot;%1&quot; of &quot;%2&quot; needs a code in quotes (&quot;&quot; to leave it empty).</translation>
    </message>
</context>
<context>
    <name>baken::csv::Reader</name>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a spreadsheet of registrations is far smaller. Check that you chose the right file.</source>
        <translation>The file is larger than %1 MB; a spreadsheet of registrations is far smaller. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not. Save it again from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>The file says it is UTF-8 but holds bytes that are not. Save it again from the spreadsheet as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>This is not a text file. Save the spreadsheet as CSV and choose that file.</source>
        <translation>This is not a text file. Save the spreadsheet as CSV and choose that file.</translation>
    </message>
    <message>
        <source>The file has more than %1 columns; it does not look like a list of registrations.</source>
        <translation>The file has more than %1 columns; it does not look like a list of registrations.</translation>
    </message>
    <message>
        <source>A quotation mark in row %1 is never closed, so the rest of the file would be one cell. The file may be cut off; save it again from the spreadsheet.</source>
        <translation>A quotation mark in row %1 is never closed, so the rest of the file would be one cell. The file may be cut off; save it again from the spreadsheet.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>baken::rollup</name>
    <message>
        <source>The figures from %1 are incomplete (table %2); ask for a new package.</source>
        <translation>The figures from %1 are incomplete (table %2); ask for a new package.</translation>
    </message>
    <message>
        <source>The package from %1 holds published figures; only exact figures can be combined.</source>
        <translation>The package from %1 holds published figures; only exact figures can be combined.</translation>
    </message>
    <message>
        <source>The package from %1 covers %2, which does not lie within %3.</source>
        <translation>The package from %1 covers %2, which does not lie within %3.</translation>
    </message>
    <message>
        <source>%1 delivered two packages that both count %2; remove one of them before combining.</source>
        <translation>%1 delivered two packages that both count %2; remove one of them before combining.</translation>
    </message>
    <message>
        <source>No figures for %1 have been imported yet.</source>
        <translation>No figures for %1 have been imported yet.</translation>
    </message>
    <message>
        <source>The table %1 from %2 differs from the same table of another source; ask for packages made with the same version of Baken.</source>
        <translation>The table %1 from %2 differs from the same table of another source; ask for packages made with the same version of Baken.</translation>
    </message>
    <message>
        <source>The roll-up keys in this vault are damaged. Packages cannot be made or opened.</source>
        <translation>The roll-up keys in this vault are damaged. Packages cannot be made or opened.</translation>
    </message>
    <message>
        <source>The roll-up keys could not be made.</source>
        <translation>The roll-up keys could not be made.</translation>
    </message>
    <message>
        <source>This key block is damaged or mistyped. Ask the coordinator to send it again, or compare it character by character.</source>
        <translation>This key block is damaged or mistyped. Ask the coordinator to send it again, or compare it character by character.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>There is no coordinator key here. Paste the whole block, from the line with BEGIN to the line with END.</source>
        <translation>There is no coordinator key here. Paste the whole block, from the line with BEGIN to the line with END.</translation>
    </message>
    <message>
        <source>This package is damaged: its contents cannot be read.</source>
        <translation>This package is damaged: its contents cannot be read.</translation>
    </message>
    <message>
        <source>This package was made by another version of Baken and cannot be opened here.</source>
        <translation>This package was made by another version of Baken and cannot be opened here.</translation>
    </message>
    <message>
        <source>Give a label that tells the coordinator who sends these figures.</source>
        <translation>Give a label that tells the coordinator who sends these figures.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s key is not complete. Read the key block again.</source>
        <translation>The coordinator&apos;s key is not complete. Read the key block again.</translation>
    </message>
    <message>
        <source>The package could not be sealed.</source>
        <translation>The package could not be sealed.</translation>
    </message>
    <message>
        <source>This file is not a Baken roll-up package.</source>
        <translation>This file is not a Baken roll-up package.</translation>
    </message>
    <message>
        <source>This package is incomplete: the file was cut off.</source>
        <translation>This package is incomplete: the file was cut off.</translation>
    </message>
    <message>
        <source>This package was sealed for another coordinator or has been altered.</source>
        <translation>This package was sealed for another coordinator or has been altered.</translation>
    </message>
    <message>
        <source>The signature does not match: the package was altered.</source>
        <translation>The signature does not match: the package was altered.</translation>
    </message>
    <message>
        <source>This package was made for another coordinator. Ask the sender to make it again with your key.</source>
        <translation>This package was made for another coordinator. Ask the sender to make it again with your key.</translation>
    </message>
    <message>
        <source>A newer package for this source and period is already imported (%1, %2).</source>
        <translation>A newer package for this source and period is already imported (%1, %2).</translation>
    </message>
    <message>
        <source>A package holds at most %1 months; make one package per year.</source>
        <translation>A package holds at most %1 months; make one package per year.</translation>
    </message>
    <message>
        <source>The package covers %1, not %2.</source>
        <translation>The package covers %1, not %2.</translation>
    </message>
    <message>
        <source>A package from %1 was made by an earlier version of Baken and can no longer be read; ask %1 for a new package.</source>
        <translation>A package from %1 was made by an earlier version of Baken and can no longer be read; ask %1 for a new package.</translation>
    </message>
</context>
<context>
    <name>baken::summary</name>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Cases by ground of discrimination</source>
        <translation>Cases by ground of discrimination</translation>
    </message>
    <message>
        <source>Form of behaviour</source>
        <translation>Form of behaviour</translation>
    </message>
    <message>
        <source>Cases by form of behaviour</source>
        <translation>Cases by form of behaviour</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Cases by channel</source>
        <translation>Cases by channel</translation>
    </message>
    <message>
        <source>Role of the reporter</source>
        <translation>Role of the reporter</translation>
    </message>
    <message>
        <source>Cases by role of the reporter</source>
        <translation>Cases by role of the reporter</translation>
    </message>
    <message>
        <source>Role of the accused</source>
        <translation>Role of the accused</translation>
    </message>
    <message>
        <source>Cases by role of the accused</source>
        <translation>Cases by role of the accused</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cases by unit</source>
        <translation>Cases by unit</translation>
    </message>
    <message>
        <source>Measure taken</source>
        <translation>Measure taken</translation>
    </message>
    <message>
        <source>Cases by measure taken</source>
        <translation>Cases by measure taken</translation>
    </message>
    <message>
        <source>Question or advice</source>
        <translation>Question or advice</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Report (integrity)</source>
        <translation>Report (integrity)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status at the end of the period</source>
        <translation>Status at the end of the period</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>Cases by month</source>
        <translation>Cases by month</translation>
    </message>
    <message>
        <source>Cases by type</source>
        <translation>Cases by type</translation>
    </message>
    <message>
        <source>Cases by status at the end of the period</source>
        <translation>Cases by status at the end of the period</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>Not referred</translation>
    </message>
    <message>
        <source>Cases by referral</source>
        <translation>Cases by referral</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Cases by unit and type</source>
        <translation>Cases by unit and type</translation>
    </message>
    <message>
        <source>Cases by ground and type</source>
        <translation>Cases by ground and type</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Hours by activity</source>
        <translation>Hours by activity</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>The smallest number that may be shown must be from %1 to %2.</source>
        <translation>The smallest number that may be shown must be from %1 to %2.</translation>
    </message>
    <message>
        <source>This summary has already been made anonymous. Make a new one from the vault to change its settings.</source>
        <translation>This summary has already been made anonymous. Make a new one from the vault to change its settings.</translation>
    </message>
    <message>
        <source>Discrimination: yes</source>
        <translation>Discrimination: yes</translation>
    </message>
    <message>
        <source>Discrimination: possibly</source>
        <translation>Discrimination: possibly</translation>
    </message>
    <message>
        <source>Discrimination: no</source>
        <translation>Discrimination: no</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unclear</translation>
    </message>
    <message>
        <source>Listened and explained</source>
        <translation>Listened and explained</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Silent call</source>
        <translation>Silent call</translation>
    </message>
    <message>
        <source>Hang-up</source>
        <translation>Hang-up</translation>
    </message>
    <message>
        <source>Abusive call</source>
        <translation>Abusive call</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Test call</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>consultations</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Consultations by month</source>
        <translation>Consultations by month</translation>
    </message>
    <message>
        <source>Consultations by channel</source>
        <translation>Consultations by channel</translation>
    </message>
    <message>
        <source>Consultations by topic</source>
        <translation>Consultations by topic</translation>
    </message>
    <message>
        <source>Consultations by assessment</source>
        <translation>Consultations by assessment</translation>
    </message>
    <message>
        <source>Was it discrimination?</source>
        <translation>Was it discrimination?</translation>
    </message>
    <message>
        <source>Consultations by outcome</source>
        <translation>Consultations by outcome</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Role of the caller</source>
        <translation>Role of the caller</translation>
    </message>
    <message>
        <source>Consultations by role of the caller</source>
        <translation>Consultations by role of the caller</translation>
    </message>
    <message>
        <source>Contacts without content by kind</source>
        <translation>Contacts without content by kind</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>The tables of this summary do not agree with each other, so it cannot be made anonymous safely.</source>
        <translation>The tables of this summary do not agree with each other, so it cannot be made anonymous safely.</translation>
    </message>
    <message>
        <source>Groups with a session in the period</source>
        <translation>Groups with a session in the period</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Sessions cancelled</source>
        <translation>Sessions cancelled</translation>
    </message>
    <message>
        <source>Seats offered at the sessions held</source>
        <translation>Seats offered at the sessions held</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Absent with notice</source>
        <translation>Absent with notice</translation>
    </message>
    <message>
        <source>Absent without notice</source>
        <translation>Absent without notice</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Evaluations of groups that ended, by score</source>
        <translation>Evaluations of groups that ended, by score</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>evaluations</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Peer-support groups</source>
        <translation>Peer-support groups</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Give the period as a year (2026), a quarter (2026-Q2), a month (2026-03) or a range of months (2026-01..2026-06).</source>
        <translation>Give the period as a year (2026), a quarter (2026-Q2), a month (2026-03) or a range of months (2026-01..2026-06).</translation>
    </message>
    <message>
        <source>Give a year from 1900 on.</source>
        <translation>Give a year from 1900 on.</translation>
    </message>
    <message>
        <source>A year has four quarters: Q1 to Q4.</source>
        <translation>A year has four quarters: Q1 to Q4.</translation>
    </message>
    <message>
        <source>A month is numbered from 01 to 12.</source>
        <translation>A month is numbered from 01 to 12.</translation>
    </message>
    <message>
        <source>Choose a period: a year, a quarter, a month or a range of months.</source>
        <translation>Choose a period: a year, a quarter, a month or a range of months.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Give the earliest month first.</source>
        <translation>The period ends before it starts. Give the earliest month first.</translation>
    </message>
    <message>
        <source>A period covers at most 10 years (120 months).</source>
        <translation>A period covers at most 10 years (120 months).</translation>
    </message>
    <message>
        <source>Some figures of this summary cannot be hidden well enough. Choose a longer period or fewer tables.</source>
        <translation>Some figures of this summary cannot be hidden well enough. Choose a longer period or fewer tables.</translation>
    </message>
    <message>
        <source>Choose a period whose start lies before its end.</source>
        <translation>Choose a period whose start lies before its end.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>Anonymised summary</translation>
    </message>
    <message>
        <source>Made by %1.</source>
        <translation>Made by %1.</translation>
    </message>
    <message>
        <source>Where a case can fall in more than one category (grounds, forms of behaviour, measures), the rows add up to more than the total.</source>
        <translation>Where a case can fall in more than one category (grounds, forms of behaviour, measures), the rows add up to more than the total.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>Figures from 1 to %1 are not published (k = %2), so that no small group of people can be recognised.</source>
        <translation>Figures from 1 to %1 are not published (k = %2), so that no small group of people can be recognised.</translation>
    </message>
    <message>
        <source>Further figures are left out wherever a figure that is not published could otherwise be worked out from the published figures and totals.</source>
        <translation>Further figures are left out wherever a figure that is not published could otherwise be worked out from the published figures and totals.</translation>
    </message>
    <message>
        <source>No unit had fewer than %1 cases in the period; none was merged.</source>
        <translation>No unit had fewer than %1 cases in the period; none was merged.</translation>
    </message>
    <message>
        <source>Units with fewer than %1 cases in the period are counted together as &quot;other units&quot;: %2.</source>
        <translation>Units with fewer than %1 cases in the period are counted together as &quot;other units&quot;: %2.</translation>
    </message>
    <message>
        <source>Together the other units still had fewer than %1 cases, so their figures are not published either.</source>
        <translation>Together the other units still had fewer than %1 cases, so their figures are not published either.</translation>
    </message>
    <message>
        <source>The summary holds counts only: no names, no free text, no case numbers and no dates finer than a month.</source>
        <translation>The summary holds counts only: no names, no free text, no case numbers and no dates finer than a month.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Other units</source>
        <translation>Other units</translation>
    </message>
    <message>
        <source>The period %1 has not begun yet; choose one that has.</source>
        <translation>The period %1 has not begun yet; choose one that has.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>In the tables, &quot;x&quot; marks a figure that is not published: from 1 to %1, or left out so that such a figure cannot be worked out.</source>
        <translation>In the tables, &quot;x&quot; marks a figure that is not published: from 1 to %1, or left out so that such a figure cannot be worked out.</translation>
    </message>
    <message>
        <source>Sources and months: &quot;x&quot; where a source delivered figures for the month</source>
        <translation>Sources and months: &quot;x&quot; where a source delivered figures for the month</translation>
    </message>
    <message>
        <source>Made from the package of one source; the table &quot;Sources and months&quot; shows which months it delivered.</source>
        <translation>Made from the package of one source; the table &quot;Sources and months&quot; shows which months it delivered.</translation>
    </message>
    <message>
        <source>Combined from %1 sources; these rules were applied to the combined figures. The table &quot;Sources and months&quot; shows which months each source delivered.</source>
        <translation>Combined from %1 sources; these rules were applied to the combined figures. The table &quot;Sources and months&quot; shows which months each source delivered.</translation>
    </message>
</context>
<context>
    <name>baken::summary::ExactSummaryJson</name>
    <message>
        <source>Only the exact figures of one vault can be packaged. Nothing was saved.</source>
        <translation>Only the exact figures of one vault can be packaged. Nothing was saved.</translation>
    </message>
    <message>
        <source>This holds a published summary, with figures suppressed. A roll-up needs the exact figures, to apply disclosure control to the combined ones.</source>
        <translation>This holds a published summary, with figures suppressed. A roll-up needs the exact figures, to apply disclosure control to the combined ones.</translation>
    </message>
    <message>
        <source>These are not exact summary figures that this version of Baken can read.</source>
        <translation>These are not exact summary figures that this version of Baken can read.</translation>
    </message>
    <message>
        <source>The exact summary holds fields that are not part of its format.</source>
        <translation>The exact summary holds fields that are not part of its format.</translation>
    </message>
    <message>
        <source>The exact summary does not say which program made it.</source>
        <translation>The exact summary does not say which program made it.</translation>
    </message>
    <message>
        <source>The period of the exact summary is not valid.</source>
        <translation>The period of the exact summary is not valid.</translation>
    </message>
    <message>
        <source>The exact summary has no tables.</source>
        <translation>The exact summary has no tables.</translation>
    </message>
</context>
<context>
    <name>baken::summary::SummaryCsv</name>
    <message>
        <source>The zip archive could not be made: %1</source>
        <translation>The zip archive could not be made: %1</translation>
    </message>
    <message>
        <source>Only a published summary, with small figures suppressed, can be written to a file. The exact counts stay in the vault.</source>
        <translation>Only a published summary, with small figures suppressed, can be written to a file. The exact counts stay in the vault.</translation>
    </message>
</context>
<context>
    <name>baken::summary::SummaryExport</name>
    <message>
        <source>A PDF report is drawn by the Baken app itself.</source>
        <translation>A PDF report is drawn by the Baken app itself.</translation>
    </message>
</context>
<context>
    <name>baken::summary::SummaryJson</name>
    <message>
        <source>The table &quot;%1&quot; is incomplete and cannot be written. Nothing was saved.</source>
        <translation>The table &quot;%1&quot; is incomplete and cannot be written. Nothing was saved.</translation>
    </message>
    <message>
        <source>Only a published summary, with small figures suppressed, can be written to a file. The exact counts stay in the vault.</source>
        <translation>Only a published summary, with small figures suppressed, can be written to a file. The exact counts stay in the vault.</translation>
    </message>
    <message>
        <source>This file is not a valid Baken summary (at %1: %2).</source>
        <translation>This file is not a valid Baken summary (at %1: %2).</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>an object was expected</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>the field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not part of the format</source>
        <translation>the field &quot;%1&quot; is not part of the format</translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation>a text was expected</translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation>true or false was expected</translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation>a whole number was expected</translation>
    </message>
    <message>
        <source>a figure cannot be negative</source>
        <translation>a figure cannot be negative</translation>
    </message>
    <message>
        <source>a month such as 2026-03 was expected</source>
        <translation>a month such as 2026-03 was expected</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) were expected</source>
        <translation>
            <numerusform>%n figure was expected</numerusform>
            <numerusform>%n figures were expected</numerusform>
        </translation>
    </message>
    <message>
        <source>a list of categories was expected</source>
        <translation>a list of categories was expected</translation>
    </message>
    <message>
        <source>&quot;cases&quot;, &quot;doubt_line&quot; or &quot;groups&quot; was expected</source>
        <translation>&quot;cases&quot;, &quot;doubt_line&quot; or &quot;groups&quot; was expected</translation>
    </message>
    <message>
        <source>one line of cells per row was expected</source>
        <translation>one line of cells per row was expected</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>the period ends before it starts</translation>
    </message>
    <message>
        <source>k lies between %1 and %2</source>
        <translation>k lies between %1 and %2</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>a list was expected</translation>
    </message>
    <message>
        <source>This file is not a Baken summary.</source>
        <translation>This file is not a Baken summary.</translation>
    </message>
    <message>
        <source>This file is not a valid Baken summary: it has no format version.</source>
        <translation>This file is not a valid Baken summary: it has no format version.</translation>
    </message>
    <message>
        <source>This summary was written by a newer version of Baken (format version %1). Update Baken to read it.</source>
        <translation>This summary was written by a newer version of Baken (format version %1). Update Baken to read it.</translation>
    </message>
    <message>
        <source>This file is not a valid Baken summary: it has no tables.</source>
        <translation>This file is not a valid Baken summary: it has no tables.</translation>
    </message>
    <message>
        <source>an exact summary holds every figure, none suppressed</source>
        <translation>an exact summary holds every figure, none suppressed</translation>
    </message>
    <message>
        <source>a suppressed figure holds nothing but &quot;suppressed&quot;, never a value</source>
        <translation>a suppressed figure holds nothing but &quot;suppressed&quot;, never a value</translation>
    </message>
    <message>
        <source>a suppressed figure says &quot;hidden&quot; and nothing else</source>
        <translation>a suppressed figure says &quot;hidden&quot; and nothing else</translation>
    </message>
    <message>
        <source>months of the period, oldest first, were expected</source>
        <translation>months of the period, oldest first, were expected</translation>
    </message>
</context>
<context>
    <name>baken::ui::AgendaPanel</name>
    <message>
        <source>Group sessions this week</source>
        <translation>Group sessions this week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sessions this week</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>The aftercare tasks could not be brought up to date: %1</source>
        <translation>The aftercare tasks could not be brought up to date: %1</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>The sessions could not be read: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Open the group to take attendance (click or Enter)</source>
        <translation>Open the group to take attendance (click or Enter)</translation>
    </message>
    <message>
        <source>Open this group (click or Enter)</source>
        <translation>Open this group (click or Enter)</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Moved from %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group session(s) this week.</source>
        <translation>
            <numerusform>%n group session this week.</numerusform>
            <numerusform>%n group sessions this week.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group sessions this week. The next one:</source>
        <translation>No group sessions this week. The next one:</translation>
    </message>
    <message>
        <source>No group sessions this week.</source>
        <translation>No group sessions this week.</translation>
    </message>
    <message>
        <source>The peer-group sessions of this week; press Enter to open the group.</source>
        <translation>The peer-group sessions of this week; press Enter to open the group.</translation>
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
        <translation>Pseudonym</translation>
    </message>
</context>
<context>
    <name>baken::ui::AttendanceTab</name>
    <message>
        <source>Attendance of the members</source>
        <translation>Attendance of the members</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>Sessi&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Who was there:</source>
        <translation>&amp;Who was there:</translation>
    </message>
    <message>
        <source>Press 1 for present, 2 for absent with notice, 3 for absent: the next member is selected. Space or a click ticks the column under the cursor. Missing sessions in a row creates a task to check in, as the group&apos;s aftercare rules say.</source>
        <translation>Press 1 for present, 2 for absent with notice, 3 for absent: the next member is selected. Space or a click ticks the column under the cursor. Missing sessions in a row creates a task to check in, as the group&apos;s aftercare rules say.</translation>
    </message>
    <message>
        <source>Session %1 – %2</source>
        <translation>Session %1 – %2</translation>
    </message>
    <message>
        <source>(no session has taken place yet)</source>
        <translation>(no session has taken place yet)</translation>
    </message>
    <message>
        <source>Nobody was a member on the day of this session: people count from the day they joined.</source>
        <translation>Nobody was a member on the day of this session: people count from the day they joined.</translation>
    </message>
    <message>
        <source>The members and whether they came to the chosen session; press 1, 2 or 3 to record it.</source>
        <translation>The members and whether they came to the chosen session; press 1, 2 or 3 to record it.</translation>
    </message>
    <message>
        <source>The session whose attendance is shown and recorded.</source>
        <translation>The session whose attendance is shown and recorded.</translation>
    </message>
</context>
<context>
    <name>baken::ui::AuditEventText</name>
    <message>
        <source>Vault created</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Vault unlocked</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Vault key exported</source>
        <translation>Vault key exported</translation>
    </message>
    <message>
        <source>Vault exported</source>
        <translation>Vault exported</translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation>Records imported</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Intake registered</source>
        <translation>Intake registered</translation>
    </message>
    <message>
        <source>Intake changed</source>
        <translation>Intake changed</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>Case status changed</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <source>Contact moment added</source>
        <translation>Contact moment added</translation>
    </message>
    <message>
        <source>Contact moment edited</source>
        <translation>Contact moment edited</translation>
    </message>
    <message>
        <source>Referral recorded</source>
        <translation>Referral recorded</translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation>Follow-up added</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>Hours recorded</source>
        <translation>Hours recorded</translation>
    </message>
    <message>
        <source>Subject access extract made</source>
        <translation>Subject access extract made</translation>
    </message>
    <message>
        <source>Consultation logged</source>
        <translation>Consultation logged</translation>
    </message>
    <message>
        <source>Consultation edited</source>
        <translation>Consultation edited</translation>
    </message>
    <message>
        <source>Consultation handed over</source>
        <translation>Consultation handed over</translation>
    </message>
    <message>
        <source>Call-back done</source>
        <translation>Call-back done</translation>
    </message>
    <message>
        <source>Group created</source>
        <translation>Group created</translation>
    </message>
    <message>
        <source>Group changed</source>
        <translation>Group changed</translation>
    </message>
    <message>
        <source>Participant added</source>
        <translation>Participant added</translation>
    </message>
    <message>
        <source>Participant changed</source>
        <translation>Participant changed</translation>
    </message>
    <message>
        <source>Participant left</source>
        <translation>Participant left</translation>
    </message>
    <message>
        <source>Seat accepted</source>
        <translation>Seat accepted</translation>
    </message>
    <message>
        <source>Seat declined</source>
        <translation>Seat declined</translation>
    </message>
    <message>
        <source>Attendance taken</source>
        <translation>Attendance taken</translation>
    </message>
    <message>
        <source>Session moved</source>
        <translation>Session moved</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Session cancelled</translation>
    </message>
    <message>
        <source>Session restored</source>
        <translation>Session restored</translation>
    </message>
    <message>
        <source>Session note saved</source>
        <translation>Session note saved</translation>
    </message>
    <message>
        <source>Group task done</source>
        <translation>Group task done</translation>
    </message>
    <message>
        <source>Aftercare planned</source>
        <translation>Aftercare planned</translation>
    </message>
    <message>
        <source>Group evaluated</source>
        <translation>Group evaluated</translation>
    </message>
    <message>
        <source>Code-list item added</source>
        <translation>Code-list item added</translation>
    </message>
    <message>
        <source>Code-list item renamed</source>
        <translation>Code-list item renamed</translation>
    </message>
    <message>
        <source>Code-list item retired</source>
        <translation>Code-list item retired</translation>
    </message>
    <message>
        <source>Code-list item restored</source>
        <translation>Code-list item restored</translation>
    </message>
    <message>
        <source>Code-list item deleted</source>
        <translation>Code-list item deleted</translation>
    </message>
    <message>
        <source>Referral guide changed</source>
        <translation>Referral guide changed</translation>
    </message>
    <message>
        <source>Anonymised summary exported</source>
        <translation>Anonymised summary exported</translation>
    </message>
    <message>
        <source>Roll-up key created</source>
        <translation>Roll-up key created</translation>
    </message>
    <message>
        <source>Roll-up package made</source>
        <translation>Roll-up package made</translation>
    </message>
    <message>
        <source>Roll-up package imported</source>
        <translation>Roll-up package imported</translation>
    </message>
    <message>
        <source>Roll-up package replaced</source>
        <translation>Roll-up package replaced</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Follow-up %1</translation>
    </message>
    <message>
        <source>Consultation %1</source>
        <translation>Consultation %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>Code-list item %1</source>
        <translation>Code-list item %1</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>Setting %1</translation>
    </message>
    <message>
        <source>Case destroyed (retention)</source>
        <translation>Case destroyed (retention)</translation>
    </message>
    <message>
        <source>Cases imported from a spreadsheet</source>
        <translation>Cases imported from a spreadsheet</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baken::ui::AuditLogDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The audit log could not be checked: %1</source>
        <translation>The audit log could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: all %n entries are linked and unchanged since they were written.</source>
        <translation>
            <numerusform>The audit log is intact: its one entry is unchanged since it was written.</numerusform>
            <numerusform>The audit log is intact: all %n entries are linked and unchanged since they were written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with at entry no. %1 (of %2 entries): that entry was changed after it was written, or the entry before it was removed. Entries from there on cannot be trusted. Keep this vault as it is, restore your latest backup to go on working, and report this to whoever manages your laptop.</source>
        <translation>The audit log has been tampered with at entry no. %1 (of %2 entries): that entry was changed after it was written, or the entry before it was removed. Entries from there on cannot be trusted. Keep this vault as it is, restore your latest backup to go on working, and report this to whoever manages your laptop.</translation>
    </message>
</context>
<context>
    <name>baken::ui::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
</context>
<context>
    <name>baken::ui::BackupPanel</name>
    <message>
        <source>Folder for backups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>Choos&amp;e folder…</source>
        <translation>Choos&amp;e folder…</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>No backups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>When you lock or close the vault and something changed, Baken writes an encrypted backup to this folder, for example on a USB stick or a network drive. A backup opens only with the recovery key: keep the key apart from the backups.</source>
        <translation>When you lock or close the vault and something changed, Baken writes an encrypted backup to this folder, for example on a USB stick or a network drive. A backup opens only with the recovery key: keep the key apart from the backups.</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>No folder chosen: no backups are written</source>
        <translation>No folder chosen: no backups are written</translation>
    </message>
    <message>
        <source>Stop writing backups; the backups already written stay where they are.</source>
        <translation>Stop writing backups; the backups already written stay where they are.</translation>
    </message>
    <message>
        <source>How man&amp;y to keep:</source>
        <translation>How man&amp;y to keep:</translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation> newest backups</translation>
    </message>
    <message>
        <source>Older backups of this vault in the folder are deleted.</source>
        <translation>Older backups of this vault in the folder are deleted.</translation>
    </message>
    <message>
        <source>How many backups are kept</source>
        <translation>How many backups are kept</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Backup result</translation>
    </message>
    <message>
        <source>No backups are written from now on.</source>
        <translation>No backups are written from now on.</translation>
    </message>
    <message>
        <source>Backups go to this folder from now on.</source>
        <translation>Backups go to this folder from now on.</translation>
    </message>
    <message>
        <source>Backup written and checked at %1: %2</source>
        <translation>Backup written and checked at %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed.</source>
        <translation>
            <numerusform>%n older backup removed.</numerusform>
            <numerusform>%n older backups removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder Baken writes encrypted backups to, for example on a USB stick.</source>
        <translation>The folder Baken writes encrypted backups to, for example on a USB stick.</translation>
    </message>
    <message>
        <source>Opens a folder window to pick where the backups are written.</source>
        <translation>Opens a folder window to pick where the backups are written.</translation>
    </message>
    <message>
        <source>Writes an encrypted backup to the folder now, without waiting for the vault to lock.</source>
        <translation>Writes an encrypted backup to the folder now, without waiting for the vault to lock.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ButtonDescriptions</name>
    <message>
        <source>Accepts what you entered and closes this dialog.</source>
        <translation>Accepts what you entered and closes this dialog.</translation>
    </message>
    <message>
        <source>Saves what you entered and closes this dialog.</source>
        <translation>Saves what you entered and closes this dialog.</translation>
    </message>
    <message>
        <source>Closes this dialog and changes nothing.</source>
        <translation>Closes this dialog and changes nothing.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Closes this window.</translation>
    </message>
    <message>
        <source>Goes back to the previous step.</source>
        <translation>Goes back to the previous step.</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Goes on to the next step.</translation>
    </message>
    <message>
        <source>Completes the last step and closes this window.</source>
        <translation>Completes the last step and closes this window.</translation>
    </message>
    <message>
        <source>Closes this window without finishing these steps.</source>
        <translation>Closes this window without finishing these steps.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CallbackListModel</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Consultation of %1</source>
        <translation>Consultation of %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>Call back on</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>baken::ui::CaseFileTab</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Ti&amp;meline</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <source>Hour&amp;s</source>
        <translation>Hour&amp;s</translation>
    </message>
    <message>
        <source>Referra&amp;ls</source>
        <translation>Referra&amp;ls</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>%1 · %2 · intake %3</source>
        <translation>%1 · %2 · intake %3</translation>
    </message>
    <message>
        <source>Closed on %1 with outcome “%2”. The case file will be destroyed on %3.</source>
        <translation>Closed on %1 with outcome “%2”. The case file will be destroyed on %3.</translation>
    </message>
    <message>
        <source>subject-extract-%1</source>
        <translation>subject-extract-%1</translation>
    </message>
    <message>
        <source>Save data-subject extract</source>
        <translation>Save data-subject extract</translation>
    </message>
    <message>
        <source>PDF, with a JSON file beside it (*.pdf)</source>
        <translation>PDF, with a JSON file beside it (*.pdf)</translation>
    </message>
    <message>
        <source>Data-subject extract saved</source>
        <translation>Data-subject extract saved</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>The data-subject extract of case %1 was saved in %2 as %3 and %4.

Both files contain personal data. Give them only to the reporter, in a safe way, and delete your copies once they have them.</source>
        <translation>The data-subject extract of case %1 was saved in %2 as %3 and %4.

Both files contain personal data. Give them only to the reporter, in a safe way, and delete your copies once they have them.</translation>
    </message>
    <message>
        <source>Origin of the case</source>
        <translation>Origin of the case</translation>
    </message>
    <message>
        <source>From a doubt-line consultation of %1</source>
        <translation>From a doubt-line consultation of %1</translation>
    </message>
</context>
<context>
    <name>baken::ui::CaseListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>A follow-up of this case is overdue.</source>
        <translation>A follow-up of this case is overdue.</translation>
    </message>
    <message>
        <source>An intake that was not registered yet. Open it to finish or discard it.</source>
        <translation>An intake that was not registered yet. Open it to finish or discard it.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
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
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
</context>
<context>
    <name>baken::ui::CaseListPanel</name>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>Open (not closed)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Any ground</source>
        <translation>Any ground</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Any unit</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baken::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>The two new passphrases are not the same.</translation>
    </message>
    <message>
        <source>Encrypts the vault again under the new passphrase; the old one stops working.</source>
        <translation>Encrypts the vault again under the new passphrase; the old one stops working.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <source>(choose the outcome)</source>
        <translation>(choose the outcome)</translation>
    </message>
    <message numerus="yes">
        <source>Closing sets the destruction date to %1: %n month(s) after closing, the case file is destroyed and only its coded fields are kept for the statistics.</source>
        <translation>
            <numerusform>Closing sets the destruction date to %1: %n month after closing, the case file is destroyed and only its coded fields are kept for the statistics.</numerusform>
            <numerusform>Closing sets the destruction date to %1: %n months after closing, the case file is destroyed and only its coded fields are kept for the statistics.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closes the case with this outcome and sets its destruction date.</source>
        <translation>Closes the case with this outcome and sets its destruction date.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CodeListEditor</name>
    <message>
        <source>Add to “%1”</source>
        <translation>Add to “%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Rename “%1”</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>Delete “%1” from the list? This cannot be undone.</source>
        <translation>Delete “%1” from the list? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CodeListModel</name>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Retired: no longer offered for new records, kept for old ones.</source>
        <translation>Retired: no longer offered for new records, kept for old ones.</translation>
    </message>
    <message>
        <source>A standard item: it can be renamed or retired, not deleted.</source>
        <translation>A standard item: it can be renamed or retired, not deleted.</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
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
        <translation>New consultation</translation>
    </message>
    <message>
        <source>Consultation of %1</source>
        <translation>Consultation of %1</translation>
    </message>
    <message>
        <source>Handed over as case %1</source>
        <translation>Handed over as case %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Editing a saved consultation</source>
        <translation>Editing a saved consultation</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Changes not saved yet</translation>
    </message>
    <message>
        <source>Nothing to save yet. Fill in the consultation, or press %1 to %2 for a contact without content.</source>
        <translation>Nothing to save yet. Fill in the consultation, or press %1 to %2 for a contact without content.</translation>
    </message>
    <message>
        <source>an e-mail address: %1</source>
        <translation>an e-mail address: %1</translation>
    </message>
    <message>
        <source>a phone number: %1</source>
        <translation>a phone number: %1</translation>
    </message>
    <message>
        <source>a name: %1</source>
        <translation>a name: %1</translation>
    </message>
    <message>
        <source>This may identify someone</source>
        <translation>This may identify someone</translation>
    </message>
    <message>
        <source>The question contains what looks like

%1

The doubt line is anonymous: the caller and the people they talk about should not be recognisable. A phone number for a callback belongs under “Callback wanted”, where it is erased once you have called back.</source>
        <translation>The question contains what looks like

%1

The doubt line is anonymous: the caller and the people they talk about should not be recognisable. A phone number for a callback belongs under “Callback wanted”, where it is erased once you have called back.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Saved at %1. %2 makes it a case.</source>
        <translation>Saved at %1. %2 makes it a case.</translation>
    </message>
    <message>
        <source>Changes saved at %1</source>
        <translation>Changes saved at %1</translation>
    </message>
    <message>
        <source>%1 logged at %2</source>
        <translation>%1 logged at %2</translation>
    </message>
    <message>
        <source>Start a new consultation</source>
        <translation>Start a new consultation</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Clear it and start a new consultation?</source>
        <translation>What you typed in this form has not been saved. Clear it and start a new consultation?</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Keep typing</translation>
    </message>
    <message>
        <source>Save the consultation first (%1), then make it a case.</source>
        <translation>Save the consultation first (%1), then make it a case.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>(choose advice)</source>
        <translation>(choose advice)</translation>
    </message>
    <message>
        <source>(choose a body)</source>
        <translation>(choose a body)</translation>
    </message>
    <message>
        <source>Called back on %1; the contact detail was erased</source>
        <translation>Called back on %1; the contact detail was erased</translation>
    </message>
    <message>
        <source>Phone number or address; erased when the callback is done</source>
        <translation>Phone number or address; erased when the callback is done</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save this consultation and clear the form for the next caller</source>
        <translation>Save this consultation and clear the form for the next caller</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Save (%1)</translation>
    </message>
    <message>
        <source>Start or stop the timer that fills the duration</source>
        <translation>Start or stop the timer that fills the duration</translation>
    </message>
    <message>
        <source>Show the referral guide for the chosen body</source>
        <translation>Show the referral guide for the chosen body</translation>
    </message>
    <message>
        <source>Guide (%1)</source>
        <translation>Guide (%1)</translation>
    </message>
    <message>
        <source>Clear the form for the next caller</source>
        <translation>Clear the form for the next caller</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <source>Hand this consultation over to a confidential advisor as a draft case</source>
        <translation>Hand this consultation over to a confidential advisor as a draft case</translation>
    </message>
    <message>
        <source>Log a contact without content now: %1 (%2)</source>
        <translation>Log a contact without content now: %1 (%2)</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Stop timer</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>baken::ui::ConsultationListModel</name>
    <message>
        <source>Referred to %1</source>
        <translation>Referred to %1</translation>
    </message>
    <message>
        <source>Handed over as case %1</source>
        <translation>Handed over as case %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Callback due %1</source>
        <translation>Callback due %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Possibly</source>
        <translation>Possibly</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unclear</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Discrimination?</source>
        <translation>Discrimination?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>baken::ui::ContactDialog</name>
    <message>
        <source>Edit contact moment</source>
        <translation>Edit contact moment</translation>
    </message>
    <message>
        <source>Add contact moment</source>
        <translation>Add contact moment</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Saves the contact moment in the vault.</source>
        <translation>Saves the contact moment in the vault.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CreateVaultWizard</name>
    <message>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>Creates the encrypted vault with this passphrase and recovery key.</source>
        <translation>Creates the encrypted vault with this passphrase and recovery key.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvCheckPage</name>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Read the file again</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Save mapping…</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Load mapping…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Rows that cannot be imported (click a heading to sort):</source>
        <translation>Rows that cannot be imported (click a heading to sort):</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Rows that cannot be imported</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>After you corrected the spreadsheet and saved it as CSV again</source>
        <translation>After you corrected the spreadsheet and saved it as CSV again</translation>
    </message>
    <message>
        <source>Keep the columns and values chosen here in a file, to use them again later</source>
        <translation>Keep the columns and values chosen here in a file, to use them again later</translation>
    </message>
    <message>
        <source>Use the columns and values of a mapping file saved earlier</source>
        <translation>Use the columns and values of a mapping file saved earlier</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>The rows cannot be checked.</source>
        <translation>The rows cannot be checked.</translation>
    </message>
    <message>
        <source>The columns are not complete yet, so no row can be checked.</source>
        <translation>The columns are not complete yet, so no row can be checked.</translation>
    </message>
    <message>
        <source>Go back to Columns or Values, or load a mapping file that fits.</source>
        <translation>Go back to Columns or Values, or load a mapping file that fits.</translation>
    </message>
    <message>
        <source>The file has column names but no rows below them.</source>
        <translation>The file has column names but no rows below them.</translation>
    </message>
    <message>
        <source>Choose the file that holds the registrations.</source>
        <translation>Choose the file that holds the registrations.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) can be imported.</source>
        <translation>
            <numerusform>The %Ln row can be imported.</numerusform>
            <numerusform>All %Ln rows can be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click Import to register them as cases. Until then nothing is written to the vault.</source>
        <translation>Click Import to register them as cases. Until then nothing is written to the vault.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s) can be imported; %2 cannot.</source>
        <translation>
            <numerusform>%1 of %Ln row can be imported; %2 cannot.</numerusform>
            <numerusform>%1 of %Ln rows can be imported; %2 cannot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baken imports all rows or none, so Import stays off until every row can be taken. Correct the rows below in the spreadsheet, save it as CSV again and click &quot;Read the file again&quot;; or go back to choose other columns, or an item for a value.</source>
        <translation>Baken imports all rows or none, so Import stays off until every row can be taken. Correct the rows below in the spreadsheet, save it as CSV again and click &quot;Read the file again&quot;; or go back to choose other columns, or an item for a value.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) of list columns still have no item: choose them in the Values step.</source>
        <translation>
            <numerusform>%Ln value of list columns still has no item: choose it in the Values step.</numerusform>
            <numerusform>%Ln values of list columns still have no item: choose them in the Values step.</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>(the whole row)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message>
        <source>The file cannot be read again. %1</source>
        <translation>The file cannot be read again. %1</translation>
    </message>
    <message numerus="yes">
        <source>The file was read again: %Ln row(s).</source>
        <translation>
            <numerusform>The file was read again: %Ln row.</numerusform>
            <numerusform>The file was read again: %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was saved to %1. Like the spreadsheet, it is not encrypted: delete it when the import is done.</source>
        <translation>The mapping was saved to %1. Like the spreadsheet, it is not encrypted: delete it when the import is done.</translation>
    </message>
    <message>
        <source>This mapping cannot be used. %1</source>
        <translation>This mapping cannot be used. %1</translation>
    </message>
    <message>
        <source>The columns and values of %1 are used now.</source>
        <translation>The columns and values of %1 are used now.</translation>
    </message>
    <message>
        <source>Every row of the file that cannot be imported, with its column and the reason; correct them in the spreadsheet, or map their values in the previous step.</source>
        <translation>Every row of the file that cannot be imported, with its column and the reason; correct them in the spreadsheet, or map their values in the previous step.</translation>
    </message>
    <message>
        <source>S&amp;top the import</source>
        <translation>S&amp;top the import</translation>
    </message>
    <message>
        <source>How far the import is: first every row is checked again, then every case is registered.</source>
        <translation>How far the import is: first every row is checked again, then every case is registered.</translation>
    </message>
    <message>
        <source>Stops the import; nothing of the file is registered</source>
        <translation>Stops the import; nothing of the file is registered</translation>
    </message>
    <message>
        <source>Stops the running import. The import is all or nothing: once stopped, no case of the file is registered and the vault stays as it was.</source>
        <translation>Stops the running import. The import is all or nothing: once stopped, no case of the file is registered and the vault stays as it was.</translation>
    </message>
    <message>
        <source>Stopping the import… Nothing of the file will be registered.</source>
        <translation>Stopping the import… Nothing of the file will be registered.</translation>
    </message>
    <message numerus="yes">
        <source>Registering %Ln case(s)… Keep Baken open until this is done, or stop the import.</source>
        <translation>
            <numerusform>Registering %Ln case… Keep Baken open until this is done, or stop the import.</numerusform>
            <numerusform>Registering %Ln cases… Keep Baken open until this is done, or stop the import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvColumnsPage</name>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Baken guessed from the column names which column fills which field. Check each one; a field the file does not have stays empty. Names and contact details are never taken from a spreadsheet.</source>
        <translation>Baken guessed from the column names which column fills which field. Check each one; a field the file does not have stays empty. Names and contact details are never taken from a spreadsheet.</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Column for %1, required</source>
        <translation>Column for %1, required</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Column for %1</translation>
    </message>
    <message>
        <source>&amp;Preview: the first rows as Baken will store them. A red cell cannot be taken as it is; point at it to read why.</source>
        <translation>&amp;Preview: the first rows as Baken will store them. A red cell cannot be taken as it is; point at it to read why.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>Choose the column for &quot;%1&quot;: every case needs it.</source>
        <translation>Choose the column for &quot;%1&quot;: every case needs it.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>The column of the file whose cells become the case&apos;s %1; &quot;(not in the file)&quot; leaves it empty.</source>
        <translation>The column of the file whose cells become the case&apos;s %1; &quot;(not in the file)&quot; leaves it empty.</translation>
    </message>
    <message>
        <source>The first rows of the file as Baken will store them, a column per field; a red cell cannot be taken, and its tool tip says why.</source>
        <translation>The first rows of the file as Baken will store them, a column per field; a red cell cannot be taken, and its tool tip says why.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvDonePage</name>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message numerus="yes">
        <source>Registered %Ln case(s).</source>
        <translation>
            <numerusform>Registered %Ln case.</numerusform>
            <numerusform>Registered %Ln cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are closed.</source>
        <translation>
            <numerusform>%Ln of them is closed.</numerusform>
            <numerusform>%Ln of them are closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the closed cases are already past their destruction date; File &gt; Retention lists them.</source>
        <translation>
            <numerusform>%Ln of the closed cases is already past its destruction date; File &gt; Retention lists it.</numerusform>
            <numerusform>%Ln of the closed cases are already past their destruction date; File &gt; Retention lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The spreadsheet still holds these cases unencrypted: %1
Delete it now that they are in the vault, and the mapping file too if you saved one; then empty the wastebasket.</source>
        <translation>The spreadsheet still holds these cases unencrypted: %1
Delete it now that they are in the vault, and the mapping file too if you saved one; then empty the wastebasket.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvFilePage</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <source>&lt;p&gt;Baken can take over the registrations you kept in a spreadsheet. It needs the spreadsheet saved as a &lt;b&gt;CSV file&lt;/b&gt;: the table as plain text, one row per line, the first row holding the column names.&lt;/p&gt;&lt;p&gt;In Excel choose File &amp;gt; Save as, and as the type &quot;CSV (separated by semicolons)&quot; or &quot;CSV UTF-8&quot;. In LibreOffice Calc choose File &amp;gt; Save as, and as the type &quot;Text CSV (.csv)&quot;.&lt;/p&gt;&lt;p&gt;Baken only reads the file. Nothing is registered until the last step, after you have seen how every row will be taken.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Baken can take over the registrations you kept in a spreadsheet. It needs the spreadsheet saved as a &lt;b&gt;CSV file&lt;/b&gt;: the table as plain text, one row per line, the first row holding the column names.&lt;/p&gt;&lt;p&gt;In Excel choose File &amp;gt; Save as, and as the type &quot;CSV (separated by semicolons)&quot; or &quot;CSV UTF-8&quot;. In LibreOffice Calc choose File &amp;gt; Save as, and as the type &quot;Text CSV (.csv)&quot;.&lt;/p&gt;&lt;p&gt;Baken only reads the file. Nothing is registered until the last step, after you have seen how every row will be taken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Spreadsheet file</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Choose the spreadsheet file</source>
        <translation>Choose the spreadsheet file</translation>
    </message>
    <message>
        <source>This file cannot be used. %1</source>
        <translation>This file cannot be used. %1</translation>
    </message>
    <message>
        <source>%1 with byte-order mark</source>
        <translation>%1 with byte-order mark</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln row(s) and %1 columns; separator: %2; encoding: %3.</source>
        <translation>
            <numerusform>Read %Ln row and %1 columns; separator: %2; encoding: %3.</numerusform>
            <numerusform>Read %Ln rows and %1 columns; separator: %2; encoding: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has column names but no rows below them. Choose the file that holds the registrations.</source>
        <translation>The file has column names but no rows below them. Choose the file that holds the registrations.</translation>
    </message>
    <message>
        <source>Opens a spreadsheet saved as CSV from this computer; nothing is imported until the last step.</source>
        <translation>Opens a spreadsheet saved as CSV from this computer; nothing is imported until the last step.</translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Mapping files (*.json)</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Load a mapping</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Mapping files (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>baken::ui::CsvValuesPage</name>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>The values cannot be checked. %1</source>
        <translation>The values cannot be checked. %1</translation>
    </message>
    <message>
        <source>Every value in the list columns matches an item of Baken&apos;s lists, so there is nothing to choose here. Click Next to check every row.</source>
        <translation>Every value in the list columns matches an item of Baken&apos;s lists, so there is nothing to choose here. Click Next to check every row.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Baken item</source>
        <translation>Baken item</translation>
    </message>
    <message>
        <source>(choose an item)</source>
        <translation>(choose an item)</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Leave empty</translation>
    </message>
    <message>
        <source>Item for %1 &quot;%2&quot;</source>
        <translation>Item for %1 &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) hold this value.</source>
        <translation>
            <numerusform>%Ln row holds this value.</numerusform>
            <numerusform>%Ln rows hold this value.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every value has an item. Click Next to check every row.</source>
        <translation>Every value has an item. Click Next to check every row.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) still without an item.</source>
        <translation>
            <numerusform>%Ln value still without an item.</numerusform>
            <numerusform>%Ln values still without an item.</numerusform>
        </translation>
    </message>
    <message>
        <source>These values in the file match no item of Baken&apos;s lists by themselves (values that do match need nothing). Choose the item each one stands for. A row that keeps a value without an item cannot be imported; &quot;Leave empty&quot; imports such rows without it. &quot;Add to the list&quot; makes the value a new item of its list with the import, named as the file writes it; you can rename it in Settings afterwards.</source>
        <translation>These values in the file match no item of Baken&apos;s lists by themselves (values that do match need nothing). Choose the item each one stands for. A row that keeps a value without an item cannot be imported; &quot;Leave empty&quot; imports such rows without it. &quot;Add to the list&quot; makes the value a new item of its list with the import, named as the file writes it; you can rename it in Settings afterwards.</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the list</source>
        <translation>Add &quot;%1&quot; to the list</translation>
    </message>
</context>
<context>
    <name>baken::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Audit log:</translation>
    </message>
    <message>
        <source>Database check:</source>
        <translation>Database check:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>This is the demo vault. Its data is made up and its passphrase is published, so never record real cases in it.</source>
        <translation>This is the demo vault. Its data is made up and its passphrase is published, so never record real cases in it.</translation>
    </message>
    <message>
        <source>The vault could not be checked: %1</source>
        <translation>The vault could not be checked: %1</translation>
    </message>
    <message>
        <source>%1 (this version of Baken writes version %2)</source>
        <translation>%1 (this version of Baken writes version %2)</translation>
    </message>
    <message numerus="yes">
        <source>Intact: the chain of %n entries is unbroken.</source>
        <translation>
            <numerusform>Intact: the chain of %n entry is unbroken.</numerusform>
            <numerusform>Intact: the chain of %n entries is unbroken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at entry %1: the log was changed outside Baken. Keep a copy of this vault and ask your administrator to look into it.</source>
        <translation>Broken at entry %1: the log was changed outside Baken. Keep a copy of this vault and ask your administrator to look into it.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Restore a backup or contact support.</source>
        <translation>
            <numerusform>%n problem found. Restore a backup or contact support.</numerusform>
            <numerusform>%n problems found. Restore a backup or contact support.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check the vault</source>
        <translation>&amp;Check the vault</translation>
    </message>
    <message>
        <source>Not checked yet in this session; &quot;Check the vault&quot; reads the whole file.</source>
        <translation>Not checked yet in this session; &quot;Check the vault&quot; reads the whole file.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>These counts are exact because they stay in this vault. Figures you hand on go through Reports, which hides small numbers.</source>
        <translation>These counts are exact because they stay in this vault. Figures you hand on go through Reports, which hides small numbers.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) are past their destruction date and wait to be destroyed.</source>
        <translation>
            <numerusform>%n closed case is past its destruction date and waits to be destroyed.</numerusform>
            <numerusform>%n closed cases are past their destruction date and wait to be destroyed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the closed cases past their destruction date, so that you can destroy them.</source>
        <translation>Lists the closed cases past their destruction date, so that you can destroy them.</translation>
    </message>
    <message>
        <source>Reads the whole vault file and checks the audit log, to find damage or changes made outside Baken.</source>
        <translation>Reads the whole vault file and checks the audit log, to find damage or changes made outside Baken.</translation>
    </message>
</context>
<context>
    <name>baken::ui::DoubtLinePage</name>
    <message>
        <source>Save or clear the consultation in the form first; it has changes that are not saved.</source>
        <translation>Save or clear the consultation in the form first; it has changes that are not saved.</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Doubt line</translation>
    </message>
</context>
<context>
    <name>baken::ui::DoubtLineSettings</name>
    <message>
        <source>&amp;Save the names</source>
        <translation>&amp;Save the names</translation>
    </message>
    <message>
        <source>&amp;Identifying names:</source>
        <translation>&amp;Identifying names:</translation>
    </message>
    <message>
        <source>Names that identify someone, one per line</source>
        <translation>Names that identify someone, one per line</translation>
    </message>
    <message>
        <source>Edit the referral g&amp;uide…</source>
        <translation>Edit the referral g&amp;uide…</translation>
    </message>
    <message>
        <source>What every colleague tells a caller about each referral body, in Dutch and English</source>
        <translation>What every colleague tells a caller about each referral body, in Dutch and English</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n name(s).</source>
        <translation>
            <numerusform>Saved: %n name.</numerusform>
            <numerusform>Saved: %n names.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before a consultation is saved, its question is checked for e-mail addresses, phone numbers and the names below, and the colleague is warned if it holds any. One name per line; kept in this vault.</source>
        <translation>Before a consultation is saved, its question is checked for e-mail addresses, phone numbers and the names below, and the colleague is warned if it holds any. One name per line; kept in this vault.</translation>
    </message>
    <message>
        <source>When a consultation&apos;s question mentions one of these names, Baken warns before saving it.</source>
        <translation>When a consultation&apos;s question mentions one of these names, Baken warns before saving it.</translation>
    </message>
    <message>
        <source>Saves the list in this vault, for every colleague who logs consultations in it.</source>
        <translation>Saves the list in this vault, for every colleague who logs consultations in it.</translation>
    </message>
</context>
<context>
    <name>baken::ui::EmptyStatePage</name>
    <message>
        <source>This part of Baken is not built yet; it arrives in a later version.</source>
        <translation>This part of Baken is not built yet; it arrives in a later version.</translation>
    </message>
</context>
<context>
    <name>baken::ui::EvaluationTab</name>
    <message>
        <source>&amp;Record score</source>
        <translation>&amp;Record score</translation>
    </message>
    <message>
        <source>Participant who gives a score</source>
        <translation>Participant who gives a score</translation>
    </message>
    <message>
        <source>Score from 1 to 5</source>
        <translation>Score from 1 to 5</translation>
    </message>
    <message>
        <source>Each participant scores the series once, from 1 (poor) to 5 (very good). Baken keeps only how many gave each score. It remembers that someone has scored, so nobody scores twice, but never which score was theirs.</source>
        <translation>Each participant scores the series once, from 1 (poor) to 5 (very good). Baken keeps only how many gave each score. It remembers that someone has scored, so nobody scores twice, but never which score was theirs.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <translation>S&amp;core:</translation>
    </message>
    <message>
        <source>(everyone who took part has scored)</source>
        <translation>(everyone who took part has scored)</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>No scores yet.</translation>
    </message>
    <message>
        <source>%1: %2×</source>
        <translation>%1: %2×</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s), mean %1.</source>
        <translation>
            <numerusform>%n score, mean %1.</numerusform>
            <numerusform>%n scores, mean %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The score is recorded, without a link to %1.</source>
        <translation>The score is recorded, without a link to %1.</translation>
    </message>
    <message>
        <source>The participant who gives a score; Baken never keeps which score was theirs.</source>
        <translation>The participant who gives a score; Baken never keeps which score was theirs.</translation>
    </message>
    <message>
        <source>1 is poor, 5 is very good.</source>
        <translation>1 is poor, 5 is very good.</translation>
    </message>
    <message>
        <source>Adds the score to the count and notes that this participant has scored.</source>
        <translation>Adds the score to the count and notes that this participant has scored.</translation>
    </message>
</context>
<context>
    <name>baken::ui::FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation>The follow-ups could not be read: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this case (click or Enter)</source>
        <translation>Open this case (click or Enter)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Doubt line</translation>
    </message>
    <message>
        <source>Call back the caller</source>
        <translation>Call back the caller</translation>
    </message>
    <message>
        <source>Callback from the doubt-line consultation of %1</source>
        <translation>Callback from the doubt-line consultation of %1</translation>
    </message>
    <message>
        <source>Open this consultation on the doubt line (click or Enter)</source>
        <translation>Open this consultation on the doubt line (click or Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue. Click one, or select it and press Enter, to open it.</source>
        <translation>
            <numerusform>%n follow-up overdue. Click it, or select it and press Enter, to open it.</numerusform>
            <numerusform>%n follow-ups overdue. Click one, or select it and press Enter, to open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <source>Open the group&apos;s tasks (click or Enter)</source>
        <translation>Open the group&apos;s tasks (click or Enter)</translation>
    </message>
    <message>
        <source>Follow-ups, callbacks and group tasks that are overdue or due within a week; press Enter to open one.</source>
        <translation>Follow-ups, callbacks and group tasks that are overdue or due within a week; press Enter to open one.</translation>
    </message>
</context>
<context>
    <name>baken::ui::FollowUpsTab</name>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Mark done</translation>
    </message>
    <message>
        <source>Due date of the new follow-up</source>
        <translation>Due date of the new follow-up</translation>
    </message>
    <message>
        <source>Description of the new follow-up</source>
        <translation>Description of the new follow-up</translation>
    </message>
    <message>
        <source>Kind of the new follow-up</source>
        <translation>Kind of the new follow-up</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Add follow-up</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>Ne&amp;w:</translation>
    </message>
    <message>
        <source>d&amp;ue</source>
        <translation>d&amp;ue</translation>
    </message>
    <message>
        <source>&amp;kind</source>
        <translation>&amp;kind</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>The follow-ups of this case; select one to mark it done.</source>
        <translation>The follow-ups of this case; select one to mark it done.</translation>
    </message>
    <message>
        <source>What needs to be done, for example: give the reporter feedback.</source>
        <translation>What needs to be done, for example: give the reporter feedback.</translation>
    </message>
    <message>
        <source>The date by which the new follow-up must be done.</source>
        <translation>The date by which the new follow-up must be done.</translation>
    </message>
    <message>
        <source>A task, a callback, confirming receipt or giving the reporter feedback.</source>
        <translation>A task, a callback, confirming receipt or giving the reporter feedback.</translation>
    </message>
    <message>
        <source>Marks the selected follow-up as done today.</source>
        <translation>Marks the selected follow-up as done today.</translation>
    </message>
    <message>
        <source>Adds the new follow-up to this case; the dashboard shows it when it is due.</source>
        <translation>Adds the new follow-up to this case; the dashboard shows it when it is due.</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Create group</translation>
    </message>
    <message>
        <source>Add facilitators in Settings, under code lists</source>
        <translation>Add facilitators in Settings, under code lists</translation>
    </message>
    <message>
        <source>%1. %2, %3–%4</source>
        <translation>%1. %2, %3–%4</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <source>(moved)</source>
        <translation>(moved)</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>No sessions.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1, the last on %2.</source>
        <translation>
            <numerusform>%n session, %1, the last on %2.</numerusform>
            <numerusform>%n sessions, %1, the last on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saves the changes to the group and its sessions.</source>
        <translation>Saves the changes to the group and its sessions.</translation>
    </message>
    <message>
        <source>Creates the group and plans its sessions.</source>
        <translation>Creates the group and plans its sessions.</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupListModel</name>
    <message>
        <source>Series ended</source>
        <translation>Series ended</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the series</source>
        <translation>
            <numerusform>%n session in the series</numerusform>
            <numerusform>%n sessions in the series</numerusform>
        </translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>%n seat free</numerusform>
            <numerusform>%n seats free</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Next session</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupTab</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupTaskModel</name>
    <message>
        <source>Offer %1 the free seat</source>
        <translation>Offer %1 the free seat</translation>
    </message>
    <message>
        <source>Check in with %1: missed sessions in a row</source>
        <translation>Check in with %1: missed sessions in a row</translation>
    </message>
    <message>
        <source>Check in with %1 after the series</source>
        <translation>Check in with %1 after the series</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupTasksTab</name>
    <message>
        <source>Tasks of the group</source>
        <translation>Tasks of the group</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation>Mark the selected task done</translation>
    </message>
    <message>
        <source>&amp;Open tasks first, then the done ones:</source>
        <translation>&amp;Open tasks first, then the done ones:</translation>
    </message>
    <message>
        <source>Tasks appear when a seat comes free, when someone misses sessions in a row, and when the series has ended (a check-in with everyone). The dashboard lists the open ones among all follow-ups.</source>
        <translation>Tasks appear when a seat comes free, when someone misses sessions in a row, and when the series has ended (a check-in with everyone). The dashboard lists the open ones among all follow-ups.</translation>
    </message>
    <message>
        <source>Tasks for the facilitator, such as contacting a member; select one to mark it done.</source>
        <translation>Tasks for the facilitator, such as contacting a member; select one to mark it done.</translation>
    </message>
</context>
<context>
    <name>baken::ui::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;New group…</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>&amp;Edit group…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar (.ics)…</source>
        <translation>E&amp;xport calendar (.ics)…</translation>
    </message>
    <message>
        <source>Peer-support groups</source>
        <translation>Peer-support groups</translation>
    </message>
    <message>
        <source>Save the sessions as a calendar file (.ics) to import into Outlook, Google or Apple Calendar. It holds the theme, description, place and dates, never a participant.</source>
        <translation>Save the sessions as a calendar file (.ics) to import into Outlook, Google or Apple Calendar. It holds the theme, description, place and dates, never a participant.</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groups:</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>A&amp;ttendance</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Tas&amp;ks</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>E&amp;valuation</translation>
    </message>
    <message>
        <source>No group yet. Start one with “New group…”: a theme, the facilitators, how many seats, and when it meets.</source>
        <translation>No group yet. Start one with “New group…”: a theme, the facilitators, how many seats, and when it meets.</translation>
    </message>
    <message>
        <source>This group is no longer in the vault.</source>
        <translation>This group is no longer in the vault.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s) from %2</source>
        <translation>
            <numerusform>%1, %n session from %2</numerusform>
            <numerusform>%1, %n sessions from %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 until %3</source>
        <translation>%1 from %2 until %3</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Facilitators: none chosen</source>
        <translation>Facilitators: none chosen</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>Facilitators: %1</translation>
    </message>
    <message numerus="yes">
        <source>a task after %n missed session(s) in a row</source>
        <translation>
            <numerusform>a task after %n missed session</numerusform>
            <numerusform>a task after %n missed sessions in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>no task for missed sessions</source>
        <translation>no task for missed sessions</translation>
    </message>
    <message numerus="yes">
        <source>a check-in %n day(s) after the series</source>
        <translation>
            <numerusform>a check-in %n day after the series</numerusform>
            <numerusform>a check-in %n days after the series</numerusform>
        </translation>
    </message>
    <message>
        <source>no check-in after the series</source>
        <translation>no check-in after the series</translation>
    </message>
    <message>
        <source>Aftercare: %1; %2.</source>
        <translation>Aftercare: %1; %2.</translation>
    </message>
    <message>
        <source>The group is created. Add participants; once it is full, new ones go on the waiting list.</source>
        <translation>The group is created. Add participants; once it is full, new ones go on the waiting list.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
    <message>
        <source>The calendar could not be saved as %1: %2</source>
        <translation>The calendar could not be saved as %1: %2</translation>
    </message>
    <message>
        <source>Saved %1. Import it into your calendar; exporting again later updates the same series there. It holds the theme, description, place and session dates, never a participant.</source>
        <translation>Saved %1. Import it into your calendar; exporting again later updates the same series there. It holds the theme, description, place and session dates, never a participant.</translation>
    </message>
    <message>
        <source>The peer-support groups; choose one to see its sessions, participants and tasks.</source>
        <translation>The peer-support groups; choose one to see its sessions, participants and tasks.</translation>
    </message>
    <message>
        <source>Starts a new group series with its theme, place and schedule.</source>
        <translation>Starts a new group series with its theme, place and schedule.</translation>
    </message>
    <message>
        <source>Changes the theme, place or schedule of the chosen group.</source>
        <translation>Changes the theme, place or schedule of the chosen group.</translation>
    </message>
</context>
<context>
    <name>baken::ui::GuideHtml</name>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>When to go there</source>
        <translation>When to go there</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Anonymous reports</source>
        <translation>Anonymous reports</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>There is no guide text for this body yet. Add it with “Edit the guide…”.</source>
        <translation>There is no guide text for this body yet. Add it with “Edit the guide…”.</translation>
    </message>
    <message>
        <source>Choose a body under “Referred to” to see what it does, when to go there, what happens next and whether it accepts anonymous reports.</source>
        <translation>Choose a body under “Referred to” to see what it does, when to go there, what happens next and whether it accepts anonymous reports.</translation>
    </message>
</context>
<context>
    <name>baken::ui::HistoryTab</name>
    <message>
        <source>Intake registered</source>
        <translation>Intake registered</translation>
    </message>
    <message>
        <source>Intake changed</source>
        <translation>Intake changed</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <source>Contact moment added</source>
        <translation>Contact moment added</translation>
    </message>
    <message>
        <source>Contact moment edited</source>
        <translation>Contact moment edited</translation>
    </message>
    <message>
        <source>Referral recorded</source>
        <translation>Referral recorded</translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation>Follow-up added</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>Hours recorded</source>
        <translation>Hours recorded</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
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
        <translation>What was done in this case and when, from the audit log; it never shows what the case says.</translation>
    </message>
</context>
<context>
    <name>baken::ui::HoursExportDialog</name>
    <message>
        <source>Export hours</source>
        <translation>Export hours</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Add a client organisation in Settings first.</source>
        <translation>Add a client organisation in Settings first.</translation>
    </message>
    <message>
        <source>hours-%1-%2.csv</source>
        <translation>hours-%1-%2.csv</translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Hours exported</source>
        <translation>Hours exported</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Saved %1. It holds the hours of %2 in %3, per case number: no names, no case text and no dates finer than the month. Send it only to whoever invoices this client.</source>
        <translation>Saved %1. It holds the hours of %2 in %3, per case number: no names, no case text and no dates finer than the month. Send it only to whoever invoices this client.</translation>
    </message>
    <message>
        <source>Lets you choose a file and saves the hours in it as CSV.</source>
        <translation>Lets you choose a file and saves the hours in it as CSV.</translation>
    </message>
</context>
<context>
    <name>baken::ui::HoursTab</name>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time (h:mm)</source>
        <translation>Time (h:mm)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Date of the hours</source>
        <translation>Date of the hours</translation>
    </message>
    <message>
        <source>Time spent, in minutes or h:mm</source>
        <translation>Time spent, in minutes or h:mm</translation>
    </message>
    <message>
        <source>minutes or h:mm</source>
        <translation>minutes or h:mm</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>&amp;Add hours</source>
        <translation>&amp;Add hours</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation>Acti&amp;vity:</translation>
    </message>
    <message>
        <source>Total: %1 (h:mm)</source>
        <translation>Total: %1 (h:mm)</translation>
    </message>
    <message>
        <source>Give the time as minutes (90) or hours and minutes (1:30).</source>
        <translation>Give the time as minutes (90) or hours and minutes (1:30).</translation>
    </message>
    <message>
        <source>The time spent on this case, with the total below; the hours export counts it.</source>
        <translation>The time spent on this case, with the total below; the hours export counts it.</translation>
    </message>
    <message>
        <source>The day the time was spent.</source>
        <translation>The day the time was spent.</translation>
    </message>
    <message>
        <source>What the time was spent on, such as a conversation, travel or reports.</source>
        <translation>What the time was spent on, such as a conversation, travel or reports.</translation>
    </message>
    <message>
        <source>Records the time on this case.</source>
        <translation>Records the time on this case.</translation>
    </message>
</context>
<context>
    <name>baken::ui::IntakeForm</name>
    <message>
        <source>New intake</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Saved as a draft as you type</source>
        <translation>Saved as a draft as you type</translation>
    </message>
    <message>
        <source>Intake (draft)</source>
        <translation>Intake (draft)</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Changes not saved yet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Discard this intake? Everything typed in it is removed from the vault.</source>
        <translation>Discard this intake? Everything typed in it is removed from the vault.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>(choose a body)</source>
        <translation>(choose a body)</translation>
    </message>
</context>
<context>
    <name>baken::ui::LeaveDialog</name>
    <message>
        <source>%1 leaves the group</source>
        <translation>%1 leaves the group</translation>
    </message>
    <message>
        <source>Date of leaving</source>
        <translation>Date of leaving</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>A few words, e.g. “found work elsewhere”</source>
        <translation>A few words, e.g. “found work elsewhere”</translation>
    </message>
    <message>
        <source>%1 is taken off the waiting list.</source>
        <translation>%1 is taken off the waiting list.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Leave the group</source>
        <translation>Leave the group</translation>
    </message>
    <message>
        <source>If someone is waiting, the seat goes to the first of them and you get a task to contact them.</source>
        <translation>If someone is waiting, the seat goes to the first of them and you get a task to contact them.</translation>
    </message>
    <message>
        <source>The day the person leaves the group or the waiting list.</source>
        <translation>The day the person leaves the group or the waiting list.</translation>
    </message>
    <message>
        <source>Records that the person leaves; someone waiting may get the seat.</source>
        <translation>Records that the person leaves; someone waiting may get the seat.</translation>
    </message>
</context>
<context>
    <name>baken::ui::LocationPage</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>Where to keep the vault</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>A file with that name already exists. Choose another name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>New vault</translation>
    </message>
    <message>
        <source>cases.baken</source>
        <translation>cases.baken</translation>
    </message>
    <message>
        <source>Baken vaults (*.baken)</source>
        <translation>Baken vaults (*.baken)</translation>
    </message>
</context>
<context>
    <name>baken::ui::LockedView</name>
    <message>
        <source>The vault is locked</source>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <source>Baken locked the vault because it was not used for a while, or because you asked it to. Nothing in it is shown until you enter the passphrase again.</source>
        <translation>Baken locked the vault because it was not used for a while, or because you asked it to. Nothing in it is shown until you enter the passphrase again.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>&amp;Close vault</translation>
    </message>
    <message>
        <source>Asks for the passphrase and shows the vault again.</source>
        <translation>Asks for the passphrase and shows the vault again.</translation>
    </message>
    <message>
        <source>Closes the vault without unlocking it and goes back to the start screen.</source>
        <translation>Closes the vault without unlocking it and goes back to the start screen.</translation>
    </message>
</context>
<context>
    <name>baken::ui::MainWindow</name>
    <message>
        <source>Creating the demo vault…</source>
        <translation>Creating the demo vault…</translation>
    </message>
    <message>
        <source>Opening the demo vault…</source>
        <translation>Opening the demo vault…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;New vault…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Open vault…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Lock the vault (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>&amp;Close vault</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Baken</source>
        <translation>&amp;About Baken</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <source>Baken vaults (*.baken);;All files (*)</source>
        <translation>Baken vaults (*.baken);;All files (*)</translation>
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
        <translation>Locked — Baken</translation>
    </message>
    <message>
        <source>Baken</source>
        <translation>Baken</translation>
    </message>
    <message>
        <source>Baken is still writing the vault. Close it again in a moment.</source>
        <translation>Baken is still writing the vault. Close it again in a moment.</translation>
    </message>
    <message>
        <source>About Baken</source>
        <translation>About Baken</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Baken %1&lt;/h3&gt;&lt;p&gt;Confidential case management for reports of discrimination and undesirable behaviour at work.&lt;/p&gt;&lt;p&gt;Everything is kept in one encrypted vault file on this computer. Only anonymised summaries are meant to leave it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Baken %1&lt;/h3&gt;&lt;p&gt;Confidential case management for reports of discrimination and undesirable behaviour at work.&lt;/p&gt;&lt;p&gt;Everything is kept in one encrypted vault file on this computer. Only anonymised summaries are meant to leave it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>No backup was written. %1 The vault was locked all the same; Baken tries again when it is next locked or closed.</source>
        <translation>No backup was written. %1 The vault was locked all the same; Baken tries again when it is next locked or closed.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>The backup failed.</translation>
    </message>
    <message>
        <source>A backup was written and checked at %1.</source>
        <translation>A backup was written and checked at %1.</translation>
    </message>
    <message>
        <source>Backup written at %1.</source>
        <translation>Backup written at %1.</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Retention…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>the identifying names in Settings</source>
        <translation>the identifying names in Settings</translation>
    </message>
    <message>
        <source>the consultation form on the doubt line</source>
        <translation>the consultation form on the doubt line</translation>
    </message>
    <message>
        <source>the intake of the open case</source>
        <translation>the intake of the open case</translation>
    </message>
    <message>
        <source>the new intake</source>
        <translation>the new intake</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <source>Changes that are not saved yet: %1. Baken builds its screens again in the new language, and these changes would be lost. Go back to save them first, or change the language and discard them.</source>
        <translation>Changes that are not saved yet: %1. Baken builds its screens again in the new language, and these changes would be lost. Go back to save them first, or change the language and discard them.</translation>
    </message>
    <message>
        <source>Change and &amp;discard</source>
        <translation>Change and &amp;discard</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Import from a spreadsheet…</translation>
    </message>
    <message>
        <source>Writing a backup of the vault…</source>
        <translation>Writing a backup of the vault…</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>Baken is still writing the backup; you can unlock as soon as it is done.</source>
        <translation>Baken is still writing the backup; you can unlock as soon as it is done.</translation>
    </message>
    <message>
        <source>Baken closes as soon as the backup is written.</source>
        <translation>Baken closes as soon as the backup is written.</translation>
    </message>
</context>
<context>
    <name>baken::ui::MessageBoxAccess</name>
    <message>
        <source>Closes this message.</source>
        <translation>Closes this message.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Closes this window.</translation>
    </message>
    <message>
        <source>Closes this message and changes nothing.</source>
        <translation>Closes this message and changes nothing.</translation>
    </message>
    <message>
        <source>Answers the question with yes.</source>
        <translation>Answers the question with yes.</translation>
    </message>
    <message>
        <source>Answers the question with no.</source>
        <translation>Answers the question with no.</translation>
    </message>
    <message>
        <source>Discards it, as the message says.</source>
        <translation>Discards it, as the message says.</translation>
    </message>
    <message>
        <source>Chooses “%1”, as the message says.</source>
        <translation>Chooses “%1”, as the message says.</translation>
    </message>
</context>
<context>
    <name>baken::ui::MoveSessionDialog</name>
    <message>
        <source>Move session %1</source>
        <translation>Move session %1</translation>
    </message>
    <message>
        <source>New date and time</source>
        <translation>New date and time</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>The group&apos;s place</source>
        <translation>The group&apos;s place</translation>
    </message>
    <message>
        <source>Session %1 was planned for %2. Moving it changes only this session.</source>
        <translation>Session %1 was planned for %2. Moving it changes only this session.</translation>
    </message>
    <message>
        <source>&amp;New date and time:</source>
        <translation>&amp;New date and time:</translation>
    </message>
    <message>
        <source>New &amp;place:</source>
        <translation>New &amp;place:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>The new day and start time of this session only.</source>
        <translation>The new day and start time of this session only.</translation>
    </message>
    <message>
        <source>Where this one session takes place; leave it empty to keep the group&apos;s place.</source>
        <translation>Where this one session takes place; leave it empty to keep the group&apos;s place.</translation>
    </message>
    <message>
        <source>Moves this session; the rest of the series stays as it is.</source>
        <translation>Moves this session; the rest of the series stays as it is.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation>Change participant</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>A first name or a made-up name</source>
        <translation>A first name or a made-up name</translation>
    </message>
    <message>
        <source>Contact, optional</source>
        <translation>Contact, optional</translation>
    </message>
    <message>
        <source>Phone or e-mail, only if they want to be contacted</source>
        <translation>Phone or e-mail, only if they want to be contacted</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Doubt-line consultation</source>
        <translation>Doubt-line consultation</translation>
    </message>
    <message>
        <source>The contact detail is personal data: it is kept in the vault, shown only on this page, and never goes into a calendar file or a report.</source>
        <translation>The contact detail is personal data: it is kept in the vault, shown only on this page, and never goes into a calendar file or a report.</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
        <source>Came f&amp;rom:</source>
        <translation>Came f&amp;rom:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Case &amp;number:</translation>
    </message>
    <message>
        <source>C&amp;onsultation:</source>
        <translation>C&amp;onsultation:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>(choose a consultation)</source>
        <translation>(choose a consultation)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Give the number of the case this person came from, or choose another source.</source>
        <translation>Give the number of the case this person came from, or choose another source.</translation>
    </message>
    <message>
        <source>There is no case with number %1 in this vault.</source>
        <translation>There is no case with number %1 in this vault.</translation>
    </message>
    <message>
        <source>Choose the consultation this person came from, or choose another source.</source>
        <translation>Choose the consultation this person came from, or choose another source.</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact:</translation>
    </message>
    <message>
        <source>How the person came to the group: on their own, from a case or from a doubt-line consultation.</source>
        <translation>How the person came to the group: on their own, from a case or from a doubt-line consultation.</translation>
    </message>
    <message>
        <source>The number of the case the person came from.</source>
        <translation>The number of the case the person came from.</translation>
    </message>
    <message>
        <source>The doubt-line consultation the person came from.</source>
        <translation>The doubt-line consultation the person came from.</translation>
    </message>
    <message>
        <source>Adds the person to the group, or to the waiting list when it is full.</source>
        <translation>Adds the person to the group, or to the waiting list when it is full.</translation>
    </message>
    <message>
        <source>Saves the changes to this participant.</source>
        <translation>Saves the changes to this participant.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ParticipantListModel</name>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Doubt line, %1</source>
        <translation>Doubt line, %1</translation>
    </message>
    <message>
        <source>Waiting, no. %1</source>
        <translation>Waiting, no. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A seat came free: contact this person and record whether they accept it</source>
        <translation>A seat came free: contact this person and record whether they accept it</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
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
        <translation>Participants and waiting list</translation>
    </message>
    <message>
        <source>A&amp;dd participant…</source>
        <translation>A&amp;dd participant…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>&amp;Leave…</translation>
    </message>
    <message>
        <source>&amp;Accept seat</source>
        <translation>&amp;Accept seat</translation>
    </message>
    <message>
        <source>Decl&amp;ine seat…</source>
        <translation>Decl&amp;ine seat…</translation>
    </message>
    <message>
        <source>Change the pseudonym or contact of the selected person</source>
        <translation>Change the pseudonym or contact of the selected person</translation>
    </message>
    <message>
        <source>Record that the selected person leaves the group or the waiting list</source>
        <translation>Record that the selected person leaves the group or the waiting list</translation>
    </message>
    <message>
        <source>The person offered the free seat takes it</source>
        <translation>The person offered the free seat takes it</translation>
    </message>
    <message>
        <source>The person offered the free seat does not want it; it goes to the next one waiting</source>
        <translation>The person offered the free seat does not want it; it goes to the next one waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) offered</source>
        <translation>
            <numerusform>%n seat offered</numerusform>
            <numerusform>%n seats offered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting list is in order of sign-up: a free seat goes to number 1.</source>
        <translation>The waiting list is in order of sign-up: a free seat goes to number 1.</translation>
    </message>
    <message>
        <source>The group is full: %1 is number %2 on the waiting list.</source>
        <translation>The group is full: %1 is number %2 on the waiting list.</translation>
    </message>
    <message>
        <source>%1 has a seat in the group.</source>
        <translation>%1 has a seat in the group.</translation>
    </message>
    <message>
        <source>%1 has left the group.</source>
        <translation>%1 has left the group.</translation>
    </message>
    <message>
        <source>%1 is offered the free seat; the task to contact them is on the Tasks tab and the dashboard.</source>
        <translation>%1 is offered the free seat; the task to contact them is on the Tasks tab and the dashboard.</translation>
    </message>
    <message>
        <source>%1 has taken the seat.</source>
        <translation>%1 has taken the seat.</translation>
    </message>
    <message>
        <source>Decline seat</source>
        <translation>Decline seat</translation>
    </message>
    <message>
        <source>Decline the seat</source>
        <translation>Decline the seat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 declined the seat.</source>
        <translation>%1 declined the seat.</translation>
    </message>
    <message>
        <source>Record that %1 turns down the seat?

They come off the list, and the seat is offered to the next person waiting.</source>
        <translation>Record that %1 turns down the seat?

They come off the list, and the seat is offered to the next person waiting.</translation>
    </message>
    <message>
        <source>The members by pseudonym, then the waiting list in order; select a person to change them.</source>
        <translation>The members by pseudonym, then the waiting list in order; select a person to change them.</translation>
    </message>
    <message>
        <source>Adds a person by pseudonym; when the group is full, they go on the waiting list.</source>
        <translation>Adds a person by pseudonym; when the group is full, they go on the waiting list.</translation>
    </message>
</context>
<context>
    <name>baken::ui::PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>baken::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long sentence only you would think of.</source>
        <translation>Use four or more unrelated words, or a long sentence only you would think of.</translation>
    </message>
</context>
<context>
    <name>baken::ui::PeriodPicker</name>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Range of months</source>
        <translation>Range of months</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>1st quarter</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>2nd quarter</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>3rd quarter</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>4th quarter</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Whether the figures cover a year, a quarter, a month or a range of months.</source>
        <translation>Whether the figures cover a year, a quarter, a month or a range of months.</translation>
    </message>
    <message>
        <source>The year of the figures.</source>
        <translation>The year of the figures.</translation>
    </message>
    <message>
        <source>The quarter of the chosen year.</source>
        <translation>The quarter of the chosen year.</translation>
    </message>
    <message>
        <source>The month of the chosen year.</source>
        <translation>The month of the chosen year.</translation>
    </message>
    <message>
        <source>The first month of the range.</source>
        <translation>The first month of the range.</translation>
    </message>
    <message>
        <source>The last month of the range.</source>
        <translation>The last month of the range.</translation>
    </message>
</context>
<context>
    <name>baken::ui::PrintDialogAccess</name>
    <message>
        <source>The printer to print on. Print to File (PDF) writes a PDF file instead, which is not encrypted.</source>
        <translation>The printer to print on. Print to File (PDF) writes a PDF file instead, which is not encrypted.</translation>
    </message>
    <message>
        <source>The chosen printer&apos;s own settings: paper, tray, quality.</source>
        <translation>The chosen printer&apos;s own settings: paper, tray, quality.</translation>
    </message>
    <message>
        <source>The PDF file to write. It is not encrypted: keep it as safe as a printed page.</source>
        <translation>The PDF file to write. It is not encrypted: keep it as safe as a printed page.</translation>
    </message>
    <message>
        <source>Chooses the folder and name of the PDF file.</source>
        <translation>Chooses the folder and name of the PDF file.</translation>
    </message>
    <message>
        <source>Prints every page.</source>
        <translation>Prints every page.</translation>
    </message>
    <message>
        <source>Prints only the pages from the first number to the second.</source>
        <translation>Prints only the pages from the first number to the second.</translation>
    </message>
    <message>
        <source>From page</source>
        <translation>From page</translation>
    </message>
    <message>
        <source>The first page to print.</source>
        <translation>The first page to print.</translation>
    </message>
    <message>
        <source>To page</source>
        <translation>To page</translation>
    </message>
    <message>
        <source>The last page to print.</source>
        <translation>The last page to print.</translation>
    </message>
    <message>
        <source>Prints the pages listed in the box beside it.</source>
        <translation>Prints the pages listed in the box beside it.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>The pages to print, for example 1-3, 5.</source>
        <translation>The pages to print, for example 1-3, 5.</translation>
    </message>
    <message>
        <source>Prints the page shown now.</source>
        <translation>Prints the page shown now.</translation>
    </message>
    <message>
        <source>Prints what is selected.</source>
        <translation>Prints what is selected.</translation>
    </message>
    <message>
        <source>Page set</source>
        <translation>Page set</translation>
    </message>
    <message>
        <source>Every page, or only the odd or only the even pages.</source>
        <translation>Every page, or only the odd or only the even pages.</translation>
    </message>
    <message>
        <source>How many copies to print.</source>
        <translation>How many copies to print.</translation>
    </message>
    <message>
        <source>Prints each copy whole before the next one.</source>
        <translation>Prints each copy whole before the next one.</translation>
    </message>
    <message>
        <source>Prints the last page first.</source>
        <translation>Prints the last page first.</translation>
    </message>
    <message>
        <source>Prints with these settings.</source>
        <translation>Prints with these settings.</translation>
    </message>
    <message>
        <source>Closes this dialog and prints nothing.</source>
        <translation>Closes this dialog and prints nothing.</translation>
    </message>
    <message>
        <source>Shows or hides more settings: pages and copies.</source>
        <translation>Shows or hides more settings: pages and copies.</translation>
    </message>
</context>
<context>
    <name>baken::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Creating and encrypting the vault…</source>
        <translation>Creating and encrypting the vault…</translation>
    </message>
</context>
<context>
    <name>baken::ui::RecoveryKeyPrinter</name>
    <message>
        <source>Baken recovery key</source>
        <translation>Baken recovery key</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>This key opens the backups of the vault if the passphrase is forgotten. Keep this page somewhere safe and locked, away from the computer. Anyone who has this key and a backup can read the cases in it.</source>
        <translation>This key opens the backups of the vault if the passphrase is forgotten. Keep this page somewhere safe and locked, away from the computer. Anyone who has this key and a backup can read the cases in it.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ReferralGuideDialog</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ReferralsTab</name>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Passes on case details</source>
        <translation>&amp;Passes on case details</translation>
    </message>
    <message>
        <source>The reporter &amp;consented to that</source>
        <translation>The reporter &amp;consented to that</translation>
    </message>
    <message>
        <source>(choose a body)</source>
        <translation>(choose a body)</translation>
    </message>
    <message>
        <source>Body referred to</source>
        <translation>Body referred to</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Referral note</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Refer</translation>
    </message>
    <message>
        <source>Refer &amp;to:</source>
        <translation>Refer &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Passed on, with consent</source>
        <translation>Passed on, with consent</translation>
    </message>
    <message>
        <source>Not passed on</source>
        <translation>Not passed on</translation>
    </message>
    <message>
        <source>The bodies this case was referred to, and whether case details were passed on.</source>
        <translation>The bodies this case was referred to, and whether case details were passed on.</translation>
    </message>
    <message>
        <source>The body the reporter is referred to, such as HR, the company doctor or the police.</source>
        <translation>The body the reporter is referred to, such as HR, the company doctor or the police.</translation>
    </message>
    <message>
        <source>The day of the referral.</source>
        <translation>The day of the referral.</translation>
    </message>
    <message>
        <source>Tick when details of the case go to the body, not only the advice to go there.</source>
        <translation>Tick when details of the case go to the body, not only the advice to go there.</translation>
    </message>
    <message>
        <source>Tick when the reporter agreed that those details are passed on.</source>
        <translation>Tick when the reporter agreed that those details are passed on.</translation>
    </message>
    <message>
        <source>A short note on the referral, such as what was agreed.</source>
        <translation>A short note on the referral, such as what was agreed.</translation>
    </message>
    <message>
        <source>Records the referral in this case.</source>
        <translation>Records the referral in this case.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ReportsPage</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Zip archives with CSV files (*.zip)</source>
        <translation>Zip archives with CSV files (*.zip)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <source>There is no summary to export yet.</source>
        <translation>There is no summary to export yet.</translation>
    </message>
    <message>
        <source>Tick at least one table to export.</source>
        <translation>Tick at least one table to export.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n table(s), no figure below %2. It holds only what the screen shows.</source>
        <translation>
            <numerusform>Saved %1: %n table, no figure below %2. It holds only what the screen shows.</numerusform>
            <numerusform>Saved %1: %n tables, no figure below %2. It holds only what the screen shows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Doubt line</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Working out which figures can be shown…</source>
        <translation>Working out which figures can be shown…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Figures that leave the vault: counts only, with small numbers hidden so that nobody can be recognised. What you see here is exactly what an export holds.</source>
        <translation>Figures that leave the vault: counts only, with small numbers hidden so that nobody can be recognised. What you see here is exactly what an export holds.</translation>
    </message>
    <message>
        <source>Figures from 1 to one below this number are not shown. Never below %1.</source>
        <translation>Figures from 1 to one below this number are not shown. Never below %1.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Table as it leaves the vault</source>
        <translation>Table as it leaves the vault</translation>
    </message>
    <message>
        <source>Chart of the table</source>
        <translation>Chart of the table</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Smallest number shown:</source>
        <translation>&amp;Smallest number shown:</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tables:</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;CSV (zip)…</source>
        <translation>Export &amp;CSV (zip)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF report…</source>
        <translation>Export P&amp;DF report…</translation>
    </message>
    <message>
        <source>&amp;Language of CSV and PDF:</source>
        <translation>&amp;Language of CSV and PDF:</translation>
    </message>
    <message>
        <source>The figures could not be counted: %1</source>
        <translation>The figures could not be counted: %1</translation>
    </message>
    <message>
        <source>The summary could not be made safe to share: %1</source>
        <translation>The summary could not be made safe to share: %1</translation>
    </message>
    <message>
        <source>The summary was not saved, because the export could not be noted in the audit log: %1</source>
        <translation>The summary was not saved, because the export could not be noted in the audit log: %1</translation>
    </message>
    <message>
        <source>The tables of the anonymised summary; choose one to see it with its chart.</source>
        <translation>The tables of the anonymised summary; choose one to see it with its chart.</translation>
    </message>
    <message>
        <source>The chosen table exactly as it is exported, with small numbers hidden.</source>
        <translation>The chosen table exactly as it is exported, with small numbers hidden.</translation>
    </message>
    <message>
        <source>The language of the files you export, whatever the language of Baken.</source>
        <translation>The language of the files you export, whatever the language of Baken.</translation>
    </message>
    <message>
        <source>Saves the anonymised figures as a JSON file in the published format.</source>
        <translation>Saves the anonymised figures as a JSON file in the published format.</translation>
    </message>
    <message>
        <source>Saves every table as a CSV file, together in one zip file.</source>
        <translation>Saves every table as a CSV file, together in one zip file.</translation>
    </message>
    <message>
        <source>Saves a readable report with every table and chart as a PDF.</source>
        <translation>Saves a readable report with every table and chart as a PDF.</translation>
    </message>
</context>
<context>
    <name>baken::ui::RestoreDialog</name>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Baken backups (*.%1);;All files (*)</source>
        <translation>Baken backups (*.%1);;All files (*)</translation>
    </message>
    <message>
        <source>Save the restored vault as</source>
        <translation>Save the restored vault as</translation>
    </message>
    <message>
        <source>Restored vault.baken</source>
        <translation>Restored vault.baken</translation>
    </message>
    <message>
        <source>Baken vaults (*.baken)</source>
        <translation>Baken vaults (*.baken)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Forgot your passphrase, or lost the laptop? A backup opens with the recovery key you wrote down or printed when the vault was made. Baken saves it as a new vault with a new passphrase; the backup itself stays as it is.</source>
        <translation>Forgot your passphrase, or lost the laptop? A backup opens with the recovery key you wrote down or printed when the vault was made. Baken saves it as a new vault with a new passphrase; the backup itself stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Where to save the restored vault</source>
        <translation>Where to save the restored vault</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>Back&amp;up:</source>
        <translation>Back&amp;up:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;peat:</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restoring the backup</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the new passphrase twice.</source>
        <translation>The two passphrases differ. Type the new passphrase twice.</translation>
    </message>
    <message>
        <source>Opens a file window to pick the backup file.</source>
        <translation>Opens a file window to pick the backup file.</translation>
    </message>
    <message>
        <source>Opens a file window to pick the folder and name of the restored vault.</source>
        <translation>Opens a file window to pick the folder and name of the restored vault.</translation>
    </message>
    <message>
        <source>The backup to restore, a file Baken wrote to your backup folder.</source>
        <translation>The backup to restore, a file Baken wrote to your backup folder.</translation>
    </message>
    <message>
        <source>The recovery key shown when the vault was made, in groups of four characters.</source>
        <translation>The recovery key shown when the vault was made, in groups of four characters.</translation>
    </message>
    <message>
        <source>The new vault file the backup is saved as; the backup itself stays as it is.</source>
        <translation>The new vault file the backup is saved as; the backup itself stays as it is.</translation>
    </message>
    <message>
        <source>The passphrase that will unlock the restored vault; the meter below rates it.</source>
        <translation>The passphrase that will unlock the restored vault; the meter below rates it.</translation>
    </message>
    <message>
        <source>Type the new passphrase again, to rule out a typing error.</source>
        <translation>Type the new passphrase again, to rule out a typing error.</translation>
    </message>
    <message>
        <source>Opens the backup with the recovery key and saves it as a new vault.</source>
        <translation>Opens the backup with the recovery key and saves it as a new vault.</translation>
    </message>
</context>
<context>
    <name>baken::ui::RetentionDialog</name>
    <message>
        <source>Erased for good: names and contact details, the pseudonym, the intake texts, contact notes and their earlier versions, referral notes and follow-ups, and the texts of a doubt-line consultation or group participant linked to the case.

Kept: the case number, type, dates, unit, grounds, forms of behaviour, measures, outcome, contact minutes, referral bodies and hours, so figures of past periods stay the same.

This cannot be undone; a backup made earlier still holds the case until it is rotated away.</source>
        <translation>Erased for good: names and contact details, the pseudonym, the intake texts, contact notes and their earlier versions, referral notes and follow-ups, and the texts of a doubt-line consultation or group participant linked to the case.

Kept: the case number, type, dates, unit, grounds, forms of behaviour, measures, outcome, contact minutes, referral bodies and hours, so figures of past periods stay the same.

This cannot be undone; a backup made earlier still holds the case until it is rotated away.</translation>
    </message>
    <message>
        <source>&amp;Destroy selected…</source>
        <translation>&amp;Destroy selected…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>These closed cases are past their destruction date. Destroy them to keep the promise made to reporters: personal data and texts are erased, the coded fields stay for the statistics.</source>
        <translation>These closed cases are past their destruction date. Destroy them to keep the promise made to reporters: personal data and texts are erased, the coded fields stay for the statistics.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Destruction date</source>
        <translation>Destruction date</translation>
    </message>
    <message>
        <source>Cases past their destruction date</source>
        <translation>Cases past their destruction date</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>The cases could not be read: %1</translation>
    </message>
    <message>
        <source>No case is past its destruction date.</source>
        <translation>No case is past its destruction date.</translation>
    </message>
    <message>
        <source>Destroy cases</source>
        <translation>Destroy cases</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n case(s): %1?</source>
        <translation>
            <numerusform>Destroy %n case: %1?</numerusform>
            <numerusform>Destroy %n cases: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) destroyed before this went wrong: %1</source>
        <translation>
            <numerusform>%n case destroyed before this went wrong: %1</numerusform>
            <numerusform>%n cases destroyed before this went wrong: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) destroyed. Their personal data and texts are gone.</source>
        <translation>
            <numerusform>%n case destroyed. Its personal data and texts are gone.</numerusform>
            <numerusform>%n cases destroyed. Their personal data and texts are gone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed cases past their destruction date; select the ones to destroy.</source>
        <translation>Closed cases past their destruction date; select the ones to destroy.</translation>
    </message>
    <message>
        <source>Erases the personal data and texts of the selected cases; the coded fields stay for the figures.</source>
        <translation>Erases the personal data and texts of the selected cases; the coded fields stay for the figures.</translation>
    </message>
</context>
<context>
    <name>baken::ui::ScheduleText</name>
    <message>
        <source>every month on the first %1</source>
        <translation>every month on the first %1</translation>
    </message>
    <message>
        <source>every month on the second %1</source>
        <translation>every month on the second %1</translation>
    </message>
    <message>
        <source>every month on the third %1</source>
        <translation>every month on the third %1</translation>
    </message>
    <message>
        <source>every month on the fourth %1</source>
        <translation>every month on the fourth %1</translation>
    </message>
    <message>
        <source>every month on the last %1</source>
        <translation>every month on the last %1</translation>
    </message>
    <message>
        <source>every week on %1</source>
        <translation>every week on %1</translation>
    </message>
    <message>
        <source>every two weeks on %1</source>
        <translation>every two weeks on %1</translation>
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
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Moved to another place</source>
        <translation>Moved to another place</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Moved from %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>baken::ui::SessionWatcher</name>
    <message>
        <source>Locking the vault before the computer sleeps</source>
        <translation>Locking the vault before the computer sleeps</translation>
    </message>
</context>
<context>
    <name>baken::ui::SessionsTab</name>
    <message>
        <source>Sessions of the group</source>
        <translation>Sessions of the group</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>&amp;Cancel session…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>S&amp;ave notes</source>
        <translation>S&amp;ave notes</translation>
    </message>
    <message>
        <source>Give the selected session another day, time or place; the series stays as it is</source>
        <translation>Give the selected session another day, time or place; the series stays as it is</translation>
    </message>
    <message>
        <source>Cancel the selected session only; the rest of the series goes on</source>
        <translation>Cancel the selected session only; the rest of the series goes on</translation>
    </message>
    <message>
        <source>Undo the move or cancellation of the selected session</source>
        <translation>Undo the move or cancellation of the selected session</translation>
    </message>
    <message>
        <source>What the group did and agreed. No notes about one person: a group has no per-person notes.</source>
        <translation>What the group did and agreed. No notes about one person: a group has no per-person notes.</translation>
    </message>
    <message>
        <source>Notes of the selected session</source>
        <translation>Notes of the selected session</translation>
    </message>
    <message>
        <source>Session n&amp;otes:</source>
        <translation>Session n&amp;otes:</translation>
    </message>
    <message>
        <source>Session n&amp;otes of %1:</source>
        <translation>Session n&amp;otes of %1:</translation>
    </message>
    <message>
        <source>The notes are saved.</source>
        <translation>The notes are saved.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>Cancel session %1 on %2?

Only this session is cancelled; the rest of the series goes on, and the calendar file shows it as cancelled. You can restore it later.</source>
        <translation>Cancel session %1 on %2?

Only this session is cancelled; the rest of the series goes on, and the calendar file shows it as cancelled. You can restore it later.</translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation>Cancel this session</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>The sessions of the series, moved and cancelled ones too; select one to see its notes.</source>
        <translation>The sessions of the series, moved and cancelled ones too; select one to see its notes.</translation>
    </message>
    <message>
        <source>What the group did and agreed in the selected session; no notes about one person.</source>
        <translation>What the group did and agreed in the selected session; no notes about one person.</translation>
    </message>
    <message>
        <source>Saves the notes of the selected session in the vault.</source>
        <translation>Saves the notes of the selected session in the vault.</translation>
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
        <translation>The passphrase was changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source> months after closing</source>
        <translation> months after closing</translation>
    </message>
    <message>
        <source>From %1 to %2 months</source>
        <translation>From %1 to %2 months</translation>
    </message>
</context>
<context>
    <name>baken::ui::ShiftView</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Consultations today</source>
        <translation>Consultations today</translation>
    </message>
    <message>
        <source>Open callbacks</source>
        <translation>Open callbacks</translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation>Open in the form</translation>
    </message>
    <message>
        <source>Make this a case</source>
        <translation>Make this a case</translation>
    </message>
    <message>
        <source>Callback done…</source>
        <translation>Callback done…</translation>
    </message>
    <message>
        <source>Open the selected consultation in the form to change it (Enter)</source>
        <translation>Open the selected consultation in the form to change it (Enter)</translation>
    </message>
    <message>
        <source>Hand the selected consultation over to a confidential advisor as a draft case (%1)</source>
        <translation>Hand the selected consultation over to a confidential advisor as a draft case (%1)</translation>
    </message>
    <message>
        <source>Mark the selected callback done; its contact detail is erased</source>
        <translation>Mark the selected callback done; its contact detail is erased</translation>
    </message>
    <message>
        <source>&amp;Consultations today:</source>
        <translation>&amp;Consultations today:</translation>
    </message>
    <message>
        <source>Open callbac&amp;ks:</source>
        <translation>Open callbac&amp;ks:</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>By channel:</source>
        <translation>By channel:</translation>
    </message>
    <message>
        <source>Discrimination?</source>
        <translation>Discrimination?</translation>
    </message>
    <message>
        <source>Without content:</source>
        <translation>Without content:</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Callback done</source>
        <translation>Callback done</translation>
    </message>
    <message>
        <source>Mark this callback done?

The contact detail “%1” is then erased from the vault for good; the consultation itself stays.</source>
        <translation>Mark this callback done?

The contact detail “%1” is then erased from the vault for good; the consultation itself stays.</translation>
    </message>
    <message>
        <source>Done, erase the contact</source>
        <translation>Done, erase the contact</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Shift on %1</source>
        <translation>Shift on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without content</source>
        <translation>
            <numerusform>%n contact without content</numerusform>
            <numerusform>%n contacts without content</numerusform>
        </translation>
    </message>
    <message>
        <source>Search consultations</source>
        <translation>Search consultations</translation>
    </message>
    <message>
        <source>Lists the consultations of every day whose question holds these words, newest first</source>
        <translation>Lists the consultations of every day whose question holds these words, newest first</translation>
    </message>
    <message>
        <source>&amp;Consultations matching the search: %1</source>
        <translation>&amp;Consultations matching the search: %1</translation>
    </message>
    <message>
        <source>Consultations matching the search</source>
        <translation>Consultations matching the search</translation>
    </message>
    <message>
        <source>No consultations match “%1”.

The search looks for the beginnings of words in the question. Try fewer letters or another word, or clear the search to see today&apos;s shift.</source>
        <translation>No consultations match “%1”.

The search looks for the beginnings of words in the question. Try fewer letters or another word, or clear the search to see today&apos;s shift.</translation>
    </message>
    <message>
        <source>Words from the question, on any day (%1)</source>
        <translation>Words from the question, on any day (%1)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Today&apos;s consultations, or the search results; press Enter to open one in the form.</source>
        <translation>Today&apos;s consultations, or the search results; press Enter to open one in the form.</translation>
    </message>
    <message>
        <source>Consultations whose caller still waits for a callback; press Enter to open one.</source>
        <translation>Consultations whose caller still waits for a callback; press Enter to open one.</translation>
    </message>
</context>
<context>
    <name>baken::ui::SignalBundlingPage</name>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;Back to cases</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Back to the list (Alt+Left)</translation>
    </message>
    <message>
        <source>Signal bundling</source>
        <translation>Signal bundling</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Groups of cases</source>
        <translation>Groups of cases</translation>
    </message>
    <message>
        <source>Group and cases</source>
        <translation>Group and cases</translation>
    </message>
    <message>
        <source>Consent to bundling</source>
        <translation>Consent to bundling</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>The groups could not be read: %1</translation>
    </message>
    <message>
        <source>No unit or person occurs in more than one case in this period.</source>
        <translation>No unit or person occurs in more than one case in this period.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1 — %n case</numerusform>
            <numerusform>%1 — %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 reporters consented to bundling</source>
        <translation>%1 of %2 reporters consented to bundling</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Open case %1</translation>
    </message>
    <message>
        <source>Registered cases about the same unit or the same person within the period, and the anonymous doubt-line consultations about a unit. Only reporters who consented may be brought together; ask the others first.</source>
        <translation>Registered cases about the same unit or the same person within the period, and the anonymous doubt-line consultations about a unit. Only reporters who consented may be brought together; ask the others first.</translation>
    </message>
    <message numerus="yes">
        <source>, %n doubt-line consultation(s)</source>
        <translation>
            <numerusform>, %n doubt-line consultation</numerusform>
            <numerusform>, %n doubt-line consultations</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous consultations only</source>
        <translation>Anonymous consultations only</translation>
    </message>
    <message>
        <source>The first intake date the bundling looks at.</source>
        <translation>The first intake date the bundling looks at.</translation>
    </message>
    <message>
        <source>The last intake date the bundling looks at.</source>
        <translation>The last intake date the bundling looks at.</translation>
    </message>
    <message>
        <source>Groups of cases about the same unit or person; press Enter on a case number to open that case.</source>
        <translation>Groups of cases about the same unit or person; press Enter on a case number to open that case.</translation>
    </message>
</context>
<context>
    <name>baken::ui::StartPage</name>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1 (file not found)</translation>
    </message>
</context>
<context>
    <name>baken::ui::SubjectExtractPdf</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Made on %1</translation>
    </message>
    <message>
        <source>Case %1 · made on %2</source>
        <translation>Case %1 · made on %2</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Recorded as</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Bystander</source>
        <translation>Bystander</translation>
    </message>
    <message>
        <source>Yes, you reported what happened to someone else</source>
        <translation>Yes, you reported what happened to someone else</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Your report</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Impact on you</source>
        <translation>Impact on you</translation>
    </message>
    <message>
        <source>What you would like to happen</source>
        <translation>What you would like to happen</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation>Forms of behaviour</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Your consents</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Your details passed on</source>
        <translation>Your details passed on</translation>
    </message>
    <message>
        <source>Agreements and deadlines</source>
        <translation>Agreements and deadlines</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>To be destroyed on</source>
        <translation>To be destroyed on</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
        <source>Data-subject extract · confidential: contains personal data</source>
        <translation>Data-subject extract · confidential: contains personal data</translation>
    </message>
    <message>
        <source>Data-subject extract, case %1 · confidential: contains personal data</source>
        <translation>Data-subject extract, case %1 · confidential: contains personal data</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Reported via</source>
        <translation>Reported via</translation>
    </message>
</context>
<context>
    <name>baken::ui::SummaryPdf</name>
    <message>
        <source>Only a published summary can be printed: exact counts stay in the vault.</source>
        <translation>Only a published summary can be printed: exact counts stay in the vault.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
</context>
<context>
    <name>baken::ui::TimelineTab</name>
    <message>
        <source>Contact moments</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation>Earlier &amp;versions…</translation>
    </message>
    <message>
        <source>&amp;Add contact moment…</source>
        <translation>&amp;Add contact moment…</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (edited)</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(edited)</translation>
    </message>
    <message numerus="yes">
        <source>Replaced on %1 — contact on %2, %3, %n minute(s):</source>
        <translation>
            <numerusform>Replaced on %1 — contact on %2, %3, %n minute:</numerusform>
            <numerusform>Replaced on %1 — contact on %2, %3, %n minutes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) of this contact moment.</source>
        <translation>
            <numerusform>%n earlier version of this contact moment.</numerusform>
            <numerusform>%n earlier versions of this contact moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact moments of this case; press Enter to edit the selected one.</source>
        <translation>The contact moments of this case; press Enter to edit the selected one.</translation>
    </message>
    <message>
        <source>Records a conversation, call or message about this case.</source>
        <translation>Records a conversation, call or message about this case.</translation>
    </message>
    <message>
        <source>Changes the selected contact moment; the earlier version is kept.</source>
        <translation>Changes the selected contact moment; the earlier version is kept.</translation>
    </message>
    <message>
        <source>Shows how the note of the selected contact moment read before each change.</source>
        <translation>Shows how the note of the selected contact moment read before each change.</translation>
    </message>
</context>
<context>
    <name>baken::ui::UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <source>Enter the passphrase of the vault &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Enter the passphrase of the vault &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message numerus="yes">
        <source>After several wrong passphrases Baken waits before the next try. You can try again in %n second(s).</source>
        <translation>
            <numerusform>After several wrong passphrases Baken waits before the next try. You can try again in %n second.</numerusform>
            <numerusform>After several wrong passphrases Baken waits before the next try. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the vault with this passphrase.</source>
        <translation>Opens the vault with this passphrase.</translation>
    </message>
</context>
<context>
    <name>baken::ui::UserGuideWindow</name>
    <message>
        <source>Baken user guide</source>
        <translation>Baken user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>baken::ui::VaultWorkspace</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Doubt line</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Moves between the pages of Baken; Ctrl+1 to Ctrl+6 reach them from anywhere.</source>
        <translation>Moves between the pages of Baken; Ctrl+1 to Ctrl+6 reach them from anywhere.</translation>
    </message>
</context>
<context>
    <name>baken::ui::reports</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>1 figure suppressed</source>
        <translation>1 figure suppressed</translation>
    </message>
    <message>
        <source>%1 figures suppressed</source>
        <translation>%1 figures suppressed</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>figures below %1 not shown</source>
        <translation>figures below %1 not shown</translation>
    </message>
    <message>
        <source>no units merged</source>
        <translation>no units merged</translation>
    </message>
    <message>
        <source>merged into other units: %1</source>
        <translation>merged into other units: %1</translation>
    </message>
    <message>
        <source>other units not shown</source>
        <translation>other units not shown</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>Annual report %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <source>Anonymised figures on reports of discrimination and undesirable behaviour at work: cases, doubt-line consultations and peer-support groups.</source>
        <translation>Anonymised figures on reports of discrimination and undesirable behaviour at work: cases, doubt-line consultations and peer-support groups.</translation>
    </message>
    <message>
        <source>Made with %1.</source>
        <translation>Made with %1.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>How to read this report</translation>
    </message>
    <message>
        <source>A case can concern more than one ground or form of behaviour. In those tables the rows add up to more than the total, which counts every case once.</source>
        <translation>A case can concern more than one ground or form of behaviour. In those tables the rows add up to more than the total, which counts every case once.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Doubt line</source>
        <translation>Doubt line</translation>
    </message>
    <message>
        <source>Peer-support groups</source>
        <translation>Peer-support groups</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Anonymised summary · %1 · no figure below %2</source>
        <translation>Anonymised summary · %1 · no figure below %2</translation>
    </message>
    <message>
        <source>Not published: from 1 to %1, or left out so that such a figure cannot be worked out.</source>
        <translation>Not published: from 1 to %1, or left out so that such a figure cannot be worked out.</translation>
    </message>
    <message>
        <source>from one source</source>
        <translation>from one source</translation>
    </message>
    <message>
        <source>combined from %1 sources</source>
        <translation>combined from %1 sources</translation>
    </message>
    <message>
        <source>In the tables &quot;x&quot; marks a figure that is not published: from 1 to %1, or left out so that such a figure cannot be worked out. Charts leave them out.</source>
        <translation>In the tables &quot;x&quot; marks a figure that is not published: from 1 to %1, or left out so that such a figure cannot be worked out. Charts leave them out.</translation>
    </message>
    <message>
        <source>Sources and months</source>
        <translation>Sources and months</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>A check mark: the source delivered figures for that month.</source>
        <translation>A check mark: the source delivered figures for that month.</translation>
    </message>
</context>
<context>
    <name>baken::ui::rollup::Files</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>baken::ui::rollup::PackageDialog</name>
    <message>
        <source>Package for the coordinator</source>
        <translation>Package for the coordinator</translation>
    </message>
    <message>
        <source>The exact figures of %1 go to your coordinator in a sealed package that only the coordinator&apos;s vault can open. It holds counts per month only: no names, no text, no case numbers.</source>
        <translation>The exact figures of %1 go to your coordinator in a sealed package that only the coordinator&apos;s vault can open. It holds counts per month only: no names, no text, no case numbers.</translation>
    </message>
    <message>
        <source>Paste the key block the coordinator sent you, or open the key file.</source>
        <translation>Paste the key block the coordinator sent you, or open the key file.</translation>
    </message>
    <message>
        <source>&amp;Open key file…</source>
        <translation>&amp;Open key file…</translation>
    </message>
    <message>
        <source>e.g. Confidential advisor North</source>
        <translation>e.g. Confidential advisor North</translation>
    </message>
    <message>
        <source>&amp;Save package…</source>
        <translation>&amp;Save package…</translation>
    </message>
    <message>
        <source>Coordinator &amp;key:</source>
        <translation>Coordinator &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Your name as a source:</source>
        <translation>&amp;Your name as a source:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Coordinator:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Call the coordinator and compare the fingerprint digit by digit before you send the package.</source>
        <translation>Call the coordinator and compare the fingerprint digit by digit before you send the package.</translation>
    </message>
    <message>
        <source>Open the coordinator key</source>
        <translation>Open the coordinator key</translation>
    </message>
    <message>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Key files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The key file could not be opened: %1</source>
        <translation>The key file could not be opened: %1</translation>
    </message>
    <message>
        <source>This file is far too large to be a coordinator key.</source>
        <translation>This file is far too large to be a coordinator key.</translation>
    </message>
    <message>
        <source>The key block the coordinator sent you; only the coordinator&apos;s vault can open the package.</source>
        <translation>The key block the coordinator sent you; only the coordinator&apos;s vault can open the package.</translation>
    </message>
    <message>
        <source>Reads the coordinator&apos;s key from the key file they sent you.</source>
        <translation>Reads the coordinator&apos;s key from the key file they sent you.</translation>
    </message>
    <message>
        <source>The name the coordinator sees for your figures in the roll-up.</source>
        <translation>The name the coordinator sees for your figures in the roll-up.</translation>
    </message>
    <message>
        <source>Saves the sealed package as a file, to send to your coordinator.</source>
        <translation>Saves the sealed package as a file, to send to your coordinator.</translation>
    </message>
</context>
<context>
    <name>baken::ui::rollup::RollupBar</name>
    <message>
        <source>Replace a package?</source>
        <translation>Replace a package?</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Import packages…</translation>
    </message>
    <message>
        <source>Pac&amp;kage for coordinator…</source>
        <translation>Pac&amp;kage for coordinator…</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <source>Roll-up of imported packages</source>
        <translation>Roll-up of imported packages</translation>
    </message>
    <message>
        <source>Add the sealed packages advisors sent you to this vault&apos;s roll-up</source>
        <translation>Add the sealed packages advisors sent you to this vault&apos;s roll-up</translation>
    </message>
    <message>
        <source>Send this vault&apos;s exact figures of the period, sealed, to your coordinator</source>
        <translation>Send this vault&apos;s exact figures of the period, sealed, to your coordinator</translation>
    </message>
    <message>
        <source>Figures f&amp;rom:</source>
        <translation>Figures f&amp;rom:</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <source>Baken packages (*.bakenpkg);;All files (*)</source>
        <translation>Baken packages (*.bakenpkg);;All files (*)</translation>
    </message>
    <message>
        <source>%1: refused, it could not be read (%2).</source>
        <translation>%1: refused, it could not be read (%2).</translation>
    </message>
    <message>
        <source>%1: refused, it is far too large to be a package.</source>
        <translation>%1: refused, it is far too large to be a package.</translation>
    </message>
    <message>
        <source>%1: refused. %2</source>
        <translation>%1: refused. %2</translation>
    </message>
    <message>
        <source>%1: added.</source>
        <translation>%1: added.</translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed.</source>
        <translation>%1: already imported, nothing changed.</translation>
    </message>
    <message>
        <source>%1: kept the package imported before, nothing changed.</source>
        <translation>%1: kept the package imported before, nothing changed.</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <source>Baken packages (*.bakenpkg)</source>
        <translation>Baken packages (*.bakenpkg)</translation>
    </message>
    <message>
        <source>Saved %1: the figures of %2, sealed for %3. Send the file to the coordinator.</source>
        <translation>Saved %1: the figures of %2, sealed for %3. Send the file to the coordinator.</translation>
    </message>
    <message>
        <source>A package from %1 for %2 was already imported (made %3). This one, for %4, was made later (%5). Use its figures for the months they share?</source>
        <translation>A package from %1 for %2 was already imported (made %3). This one, for %4, was made later (%5). Use its figures for the months they share?</translation>
    </message>
    <message>
        <source>%1: replaced the older figures of the same source for the months they share.</source>
        <translation>%1: replaced the older figures of the same source for the months they share.</translation>
    </message>
    <message>
        <source>Shows the figures of this vault alone, or the roll-up of the packages advisors sent you.</source>
        <translation>Shows the figures of this vault alone, or the roll-up of the packages advisors sent you.</translation>
    </message>
</context>
<context>
    <name>baken::ui::rollup::RollupSettings</name>
    <message>
        <source>Co&amp;py the key</source>
        <translation>Co&amp;py the key</translation>
    </message>
    <message>
        <source>Sa&amp;ve key file…</source>
        <translation>Sa&amp;ve key file…</translation>
    </message>
    <message>
        <source>For a coordinator who combines the figures of several advisors. Send the key below to each advisor; their packages can then be opened in this vault only. Read the fingerprint out by phone, so that they know the key is really yours.</source>
        <translation>For a coordinator who combines the figures of several advisors. Send the key below to each advisor; their packages can then be opened in this vault only. Read the fingerprint out by phone, so that they know the key is really yours.</translation>
    </message>
    <message>
        <source>Coordinator na&amp;me:</source>
        <translation>Coordinator na&amp;me:</translation>
    </message>
    <message>
        <source>e.g. Coordinator confidential advisors, Municipality North</source>
        <translation>e.g. Coordinator confidential advisors, Municipality North</translation>
    </message>
    <message>
        <source>Key &amp;block for advisors:</source>
        <translation>Key &amp;block for advisors:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Fingerprint to read out by phone</source>
        <translation>Fingerprint to read out by phone</translation>
    </message>
    <message>
        <source>Type a name first: advisors see it when they make a package for you.</source>
        <translation>Type a name first: advisors see it when they make a package for you.</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>The key could not be read: %1</translation>
    </message>
    <message>
        <source>The key is on the clipboard. Paste it into a mail to the advisors.</source>
        <translation>The key is on the clipboard. Paste it into a mail to the advisors.</translation>
    </message>
    <message>
        <source>Save the coordinator key</source>
        <translation>Save the coordinator key</translation>
    </message>
    <message>
        <source>Key files (*.txt)</source>
        <translation>Key files (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1. Send it to the advisors and read the fingerprint out to them.</source>
        <translation>Saved %1. Send it to the advisors and read the fingerprint out to them.</translation>
    </message>
    <message>
        <source>The name advisors see when they make a package for you.</source>
        <translation>The name advisors see when they make a package for you.</translation>
    </message>
    <message>
        <source>The key to send to each advisor; with it, only this vault can open their packages.</source>
        <translation>The key to send to each advisor; with it, only this vault can open their packages.</translation>
    </message>
    <message>
        <source>Copies the key block to the clipboard, to paste into a mail to the advisors.</source>
        <translation>Copies the key block to the clipboard, to paste into a mail to the advisors.</translation>
    </message>
    <message>
        <source>Saves the key block as a file to send to the advisors.</source>
        <translation>Saves the key block as a file to send to the advisors.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Confidential case management for reports of discrimination at work.</source>
        <translation>Confidential case management for reports of discrimination at work.</translation>
    </message>
    <message>
        <source>A vault file to unlock.</source>
        <translation>A vault file to unlock.</translation>
    </message>
    <message>
        <source>Open the demo vault (or VAULT, if it is a demo vault) with its published passphrase.</source>
        <translation>Open the demo vault (or VAULT, if it is a demo vault) with its published passphrase.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE, print its path and quit.</source>
        <translation>Save a picture of the window to FILE, print its path and quit.</translation>
    </message>
    <message>
        <source>Use this language for this run: nl or en.</source>
        <translation>Use this language for this run: nl or en.</translation>
    </message>
    <message>
        <source>The report language must be nl or en, not &quot;%1&quot;.</source>
        <translation>The report language must be nl or en, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The summary could not be read from standard input.</source>
        <translation>The summary could not be read from standard input.</translation>
    </message>
    <message>
        <source>This is not a summary Baken can print: %1</source>
        <translation>This is not a summary Baken can print: %1</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>The report could not be saved as %1: %2</translation>
    </message>
    <message>
        <source>Read a published summary (JSON) on standard input, write its PDF report to FILE in the --lang language and quit, without opening a window.</source>
        <translation>Read a published summary (JSON) on standard input, write its PDF report to FILE in the --lang language and quit, without opening a window.</translation>
    </message>
</context>
</TS>
