<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>baken</name>
    <message>
        <source>It contains common words or names, even with letters swapped for digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It repeats characters or parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a keyboard pattern such as qwerty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct, or the file is not a Baken vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file cannot be written. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another Baken window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be read from or written to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault reported an internal error (code %1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baken::CodeList</name>
    <message>
        <source>Grounds of discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of the accused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baken::CodeListService</name>
    <message>
        <source>Give the item a name in Dutch and in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list already has a retired item with that name. Restore it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list already has an item with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard items cannot be deleted; retire the item instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is used in saved records; retire it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baken::CodeLists</name>
    <message>
        <source>That item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baken::PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long sentence only you would think of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable. One more unrelated word makes it strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baken::RecoveryKey</name>
    <message>
        <source>A recovery key has %1 characters in groups of four; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; does not occur in recovery keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key contains a typing error. Check each group against the printed key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baken::Vault</name>
    <message>
        <source>This vault uses a key setting that this version of Baken does not know. Open it with the version that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to derive the key. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of Baken was built without encryption support and refuses to open vaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s journal could not be switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Baken (step %1). It was left exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Baken vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Baken vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted database, not a Baken vault. Baken only opens vaults it created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Baken vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the new vault does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Baken. Install that version to open it; this version leaves it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-encrypted copy did not match the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
