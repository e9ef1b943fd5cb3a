#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace baken {
class Settings;
class Vault;
} // namespace baken

namespace baken::ui {

class BackupPanel;
class CodeListEditor;
class DoubtLineSettings;
namespace rollup {
class RollupSettings;
}

// Lock timing and triggers, the audit log, language, the passphrase, the
// vault's retention period, the doubt line's identifying names and referral
// guide, the roll-up key of a coordinator, and the code lists.
// Application settings are saved at once; vault settings go through
// VaultSettings and code-list changes through CodeListService.
class SettingsPage final : public QWidget {
    Q_OBJECT

public:
    SettingsPage(Vault &vault, Settings &settings, QWidget *parent = nullptr);
    ~SettingsPage() override;

    CodeListEditor *codeListEditor() const { return m_codeLists; }
    DoubtLineSettings *doubtLineSettings() const { return m_doubtLine; }
    rollup::RollupSettings *rollupSettings() const { return m_rollup; }
    BackupPanel *backupPanel() const { return m_backup; }
    // Shows `language` as chosen without announcing it (a switch turned down).
    void showLanguage(const QString &language);
    // Focuses the language choice, scrolled into view (after a switch rebuilt the page).
    void showLanguageSection();

Q_SIGNALS:
    void idleLockMinutesChanged(int minutes);
    // Saved in Settings already; MainWindow switches the running program to it.
    void languageChosen(const QString &language);
    void operationStarted();
    void operationFinished();

private:
    void changePassphrase();
    void saveRetention(int months);

    std::unique_ptr<::Ui::SettingsPage> m_ui;
    Vault &m_vault;
    Settings &m_settings;
    CodeListEditor *m_codeLists;
    DoubtLineSettings *m_doubtLine;
    rollup::RollupSettings *m_rollup;
    BackupPanel *m_backup;
};

} // namespace baken::ui
