#pragma once

#include "api/Secret.h"
#include "common/SecretTextView.h"
#include "text/AgentConfigTypes.h"

#include <QFileDialog>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace cockpit {

class ClipboardGuard;

// A generated agent configuration: shown with the secret key masked (a toggle shows it), copied
// through the clipboard guard, or saved to a file only its owner can read (0600). The text leaves
// the panel only through those two doors; clear() wipes it, and so does the destructor.
class AgentConfigPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AgentConfigPanel(ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~AgentConfigPanel() override;

    // `agentName` names it in messages ("Prometheus"); `secret` is masked in the preview.
    void setConfiguration(const AgentConfig &config, const Secret &secret,
                          const QString &agentName);
    void clear();
    bool hasConfiguration() const { return !m_config.isEmpty(); }

    SecretTextView *preview() const { return m_preview; }
    QCheckBox *revealBox() const { return m_reveal; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
    // Where "Save as…" starts, and the dialog it opens while open (tests answer it).
    void setSaveDirectory(const QString &directory) { m_saveDirectory = directory; }
    QFileDialog *saveDialog() const { return m_saveDialog; }

    // Writes the configuration to `path` (0600) and says where in the status line.
    bool saveTo(const QString &path);

Q_SIGNALS:
    // The configuration, and so the secret, was copied or saved: the user has it.
    void handedOver();

private:
    void showPreview();
    void copy();
    void showCopied();
    void chooseFile();
    void setStatus(const QString &text);

    ClipboardGuard *m_clipboard;
    AgentConfig m_config;
    Secret m_secret;
    QString m_agentName;
    QString m_saveDirectory;
    QLabel *m_file;
    SecretTextView *m_preview;
    QCheckBox *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_status;
    QPointer<QFileDialog> m_saveDialog;
    bool m_statusShowsCopy = false;
};

} // namespace cockpit
