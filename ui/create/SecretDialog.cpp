#include "SecretDialog.h"

#include "common/DialogFit.h"
#include "text/KeychainText.h"

#include "common/ClipboardGuard.h"
#include "common/SafeConfirmation.h"
#include "common/SecretLineEdit.h"
#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cockpit {
SecretDialog::SecretDialog(const CreatedToken &created, ClipboardGuard *clipboard,
                           SecretStore *store, SavedSecretIndex *savedSecrets, QWidget *parent)
    : QDialog(parent)
    , m_token(created.token)
    , m_secret(created.secretKey)
    , m_clipboard(clipboard)
    , m_store(store)
    , m_savedSecrets(savedSecrets)
    , m_secretEdit(new SecretLineEdit)
    , m_copy(new QPushButton(tr("&Copy")))
    , m_save(new QPushButton(tr("&Save in keychain")))
    , m_done(new QPushButton(tr("&Done")))
    , m_connectAgent(new QPushButton(tr("Connect an &agent…")))
    , m_status(new QLabel)
{
    setWindowTitle(tr("Token created"));
    // Grows when a message appears, rather than squeezing the form.
    DialogFit::install(this);

    auto *heading = new QLabel(tr("<b>%1</b> was created in %2.")
                                   .arg(m_token.name.toHtmlEscaped(), regionId(m_token.region)));
    heading->setWordWrap(true);
    auto *warning = new QLabel(tr("This is the only time the secret key is shown. Copy it or save "
                                  "it in the keychain before closing this window."));
    warning->setWordWrap(true);
    warning->setAccessibleName(tr("Warning"));
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);

    setUpSecretField();
    auto *secretLabel = new QLabel(tr("Secret &key:"));
    secretLabel->setBuddy(m_secretEdit);
    setUpButtons();

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_copy);
    secretRow->addWidget(m_save);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_done, QDialogButtonBox::AcceptRole);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(warning);
    layout->addWidget(secretLabel);
    layout->addLayout(secretRow);
    layout->addWidget(m_status);
    layout->addStretch();
    // The next step after keeping the secret, apart from the button that closes.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_connectAgent);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_copy->setFocus();
}

void SecretDialog::setUpSecretField()
{
    m_secretEdit->setText(m_secret.expose());
    // From its first character: scrolled to the end, the field reads as cut off on the left.
    m_secretEdit->setCursorPosition(0);
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secretEdit->setAccessibleName(tr("Secret key"));
    // Revealed, a selection copied from the field goes through the guard like Copy does.
    m_secretEdit->setClipboardGuard(m_clipboard);
    connect(m_secretEdit, &SecretLineEdit::copiedThroughGuard, this, [this](bool whole) {
        if (whole)
            noteCopied();
    });
    // Wide enough for the whole key once revealed, beside the reveal button and the frame.
    const QFontMetrics metrics(m_secretEdit->font());
    m_secretEdit->setMinimumWidth(
        std::max(metrics.horizontalAdvance(QLatin1Char('M')) * 40,
                 metrics.horizontalAdvance(m_secret.expose()) + 2 * metrics.height() + 24));
}

void SecretDialog::setUpButtons()
{
    m_copy->setAccessibleName(tr("Copy the secret key"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setAutoDefault(false);
    m_save->setAccessibleName(tr("Save the secret key in the keychain"));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_save->setAutoDefault(false);
    m_done->setAccessibleName(tr("Done"));
    m_connectAgent->setAccessibleName(tr("Connect an agent with this secret key"));
    m_connectAgent->setToolTip(
        tr("Get a ready-to-run configuration for Grafana Alloy, "
           "Prometheus, Fluent Bit, the OpenTelemetry Collector or Grafana"));
    m_connectAgent->setAutoDefault(false);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    connect(m_connectAgent, &QPushButton::clicked, this, [this] {
        if (!m_secret.isEmpty())
            Q_EMIT connectAgentRequested(m_token, m_secret);
    });
    connect(m_copy, &QPushButton::clicked, this, &SecretDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &SecretDialog::save);
}

SecretDialog::~SecretDialog()
{
    wipe();
}

void SecretDialog::copy()
{
    if (m_secret.isEmpty())
        return;
    m_clipboard->copySecret(m_secret);
    noteCopied();
}

void SecretDialog::noteCopied()
{
    m_copied = true;
    showCopiedCountdown(m_clipboard->clearDelaySeconds());
    // The text counts down with the clipboard, as the status bar does.
    if (!m_countdownConnected) {
        m_countdownConnected = true;
        connect(m_clipboard, &ClipboardGuard::countdownChanged, this,
                &SecretDialog::showCopiedCountdown);
        for (auto signal : {&ClipboardGuard::cleared, &ClipboardGuard::released})
            connect(m_clipboard, signal, this, [this] {
                if (m_statusShowsCopy)
                    m_status->setText(tr("Copied. The clipboard no longer holds the secret."));
            });
    }
}

void SecretDialog::showCopiedCountdown(int seconds)
{
    if (!m_copied)
        return;
    m_statusShowsCopy = true;
    m_status->setText(
        seconds > 0 ? tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, seconds)
                    : tr("Copied."));
}

void SecretDialog::save()
{
    if (m_secret.isEmpty())
        return;
    m_save->setEnabled(false);
    m_statusShowsCopy = false;
    m_status->setText(tr("Saving in the keychain…"));
    SecretStoreJob *job =
        m_store->write(tokenSecretKey(m_token.regionalId()), m_secret,
                       tr("Cockpit token %1 (%2)").arg(m_token.name, regionId(m_token.region)));
    connect(job, &SecretStoreJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error().isError()) {
            m_save->setEnabled(true);
            m_status->setText(KeychainText::newSecretNotSaved(job->error()));
            return;
        }
        m_saved = true;
        m_savedSecrets->insert(tokenSecretKey(m_token.regionalId()));
        m_save->setText(tr("Saved"));
        m_status->setText(tr("Saved in the keychain. You can copy it again from the token's row."));
        Q_EMIT secretSaved(m_token.regionalId());
    });
}

void SecretDialog::done(int result)
{
    if (!m_copied && !m_saved && !m_handedOver && !m_confirmedClose) {
        auto *question = new SafeConfirmation(
            tr("Close without the secret?"),
            tr("The secret key of %1 has been neither copied nor saved. Once this window is "
               "closed, nobody can see it again.")
                .arg(m_token.name),
            this);
        question->setObjectName(QStringLiteral("confirmCloseWithoutSecret"));
        question->setSafeButton(tr("&Go back"));
        question->setDestructiveButton(tr("Close &anyway"));
        connect(question, &SafeConfirmation::destroyConfirmed, this, [this, result] {
            m_confirmedClose = true;
            done(result);
        });
        question->open();
        return;
    }
    wipe();
    QDialog::done(result);
}

void SecretDialog::noteSecretHandedOver()
{
    m_handedOver = true;
}

void SecretDialog::wipe()
{
    m_secretEdit->wipe();
    m_secret.clear();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_connectAgent->setEnabled(false);
}

} // namespace cockpit
