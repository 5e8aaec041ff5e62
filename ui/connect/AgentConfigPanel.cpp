#include "AgentConfigPanel.h"

#include "common/ClipboardGuard.h"
#include "common/SecretTextView.h"
#include "common/Shortcuts.h"
#include "secrets/PrivateFile.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cockpit {

namespace {

// What stands for the secret key in the preview while it is hidden.
QString maskFor(const Secret &secret)
{
    return QString(qMin(qMax(secret.expose().size(), 8), 24), QChar(0x2022));
}

QString fileFilter(AgentSyntax syntax)
{
    switch (syntax) {
    case AgentSyntax::Alloy:
        return AgentConfigPanel::tr("Alloy configuration (*.alloy)");
    case AgentSyntax::Yaml:
        return AgentConfigPanel::tr("YAML files (*.yml *.yaml)");
    case AgentSyntax::FluentBitClassic:
        return AgentConfigPanel::tr("Fluent Bit configuration (*.conf)");
    case AgentSyntax::Shell:
        return AgentConfigPanel::tr("Shell scripts (*.sh)");
    }
    return {};
}

} // namespace

AgentConfigPanel::AgentConfigPanel(ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_saveDirectory(QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
    , m_file(new QLabel)
    , m_preview(new SecretTextView)
    , m_reveal(new QCheckBox(tr("S&how the secret key")))
    , m_copy(new QPushButton(tr("&Copy configuration")))
    , m_save(new QPushButton(tr("Save &as…")))
    , m_status(new QLabel)
{
    m_file->setWordWrap(true);
    // Revealed, the preview holds the secret: a selection copied from it goes through the guard.
    m_preview->setClipboardGuard(m_clipboard);
    connect(m_preview, &SecretTextView::copiedThroughGuard, this, [this](bool whole) {
        showCopied();
        if (whole)
            Q_EMIT handedOver();
    });
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Configuration"));
    m_preview->setPlaceholderText(
        tr("The configuration appears here once the data source and the agent fit together."));
    m_preview->setMinimumHeight(QFontMetrics(m_preview->font()).lineSpacing() * 12);
    m_reveal->setAccessibleName(tr("Show the secret key in the configuration"));
    m_reveal->setToolTip(Shortcuts::withKeys(tr("Show or hide the secret key in the preview"),
                                             Shortcuts::revealSecret()));
    m_reveal->setShortcut(Shortcuts::revealSecret());
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setAccessibleName(tr("Copy the configuration with the secret key"));
    m_copy->setAutoDefault(false);
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_save->setAccessibleName(tr("Save the configuration to a file"));
    m_save->setAutoDefault(false);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reveal);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_file);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_reveal, &QCheckBox::toggled, this, &AgentConfigPanel::showPreview);
    connect(m_copy, &QPushButton::clicked, this, &AgentConfigPanel::copy);
    connect(m_save, &QPushButton::clicked, this, &AgentConfigPanel::chooseFile);
    connect(m_clipboard, &ClipboardGuard::countdownChanged, this, [this](int seconds) {
        if (m_statusShowsCopy && seconds > 0)
            m_status->setText(
                tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, seconds));
    });
    for (auto signal : {&ClipboardGuard::cleared, &ClipboardGuard::released})
        connect(m_clipboard, signal, this, [this] {
            if (m_statusShowsCopy)
                m_status->setText(tr("Copied. The clipboard no longer holds the configuration."));
        });
    m_status->hide();
    clear();
}

AgentConfigPanel::~AgentConfigPanel()
{
    clear();
}

void AgentConfigPanel::setConfiguration(const AgentConfig &config, const Secret &secret,
                                        const QString &agentName)
{
    m_config = config;
    m_secret = secret;
    m_agentName = agentName;
    if (m_config.isEmpty()) {
        clear();
        return;
    }
    setStatus({});
    m_file->show();
    m_file->setText(tr("%1 configuration (<b>%2</b>):")
                        .arg(agentName.toHtmlEscaped(), config.fileName.toHtmlEscaped()));
    showPreview();
    for (QWidget *widget : {static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_save),
                            static_cast<QWidget *>(m_reveal), static_cast<QWidget *>(m_preview)})
        widget->setEnabled(true);
}

void AgentConfigPanel::clear()
{
    // Qt's document keeps its own buffer of the shown text, freed without being zeroed: that copy
    // is out of our reach (README, "Secrets in memory"). The text we hold is zeroed once nothing
    // else shares it.
    m_preview->clear();
    Secret::overwrite(m_config.text);
    m_config = {};
    m_secret.clear();
    m_file->clear();
    m_file->hide();
    m_reveal->setChecked(false);
    for (QWidget *widget : {static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_save),
                            static_cast<QWidget *>(m_reveal), static_cast<QWidget *>(m_preview)})
        widget->setEnabled(false);
}

void AgentConfigPanel::showPreview()
{
    if (m_reveal->isChecked() || m_secret.isEmpty()) {
        m_preview->setPlainText(m_config.text);
        return;
    }
    QString masked = m_config.text;
    masked.replace(m_secret.expose(), maskFor(m_secret)); // a copy of its own, without the secret
    m_preview->setPlainText(masked);
}

void AgentConfigPanel::setStatus(const QString &text)
{
    m_statusShowsCopy = false;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AgentConfigPanel::copy()
{
    if (m_config.isEmpty())
        return;
    m_clipboard->copySecret(Secret(m_config.text));
    showCopied();
    Q_EMIT handedOver();
}

void AgentConfigPanel::showCopied()
{
    const int seconds = m_clipboard->clearDelaySeconds();
    setStatus(seconds > 0
                  ? tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, seconds)
                  : tr("Copied."));
    m_statusShowsCopy = true;
}

void AgentConfigPanel::chooseFile()
{
    if (m_config.isEmpty() || m_saveDialog)
        return;
    m_saveDialog = new QFileDialog(this, tr("Save the %1 configuration").arg(m_agentName));
    m_saveDialog->setObjectName(QStringLiteral("saveConfigurationDialog"));
    m_saveDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_saveDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_saveDialog->setNameFilters({fileFilter(m_config.syntax), tr("All files (*)")});
    m_saveDialog->setDirectory(m_saveDirectory);
    m_saveDialog->selectFile(m_config.fileName);
    connect(m_saveDialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_saveDirectory = QFileInfo(path).absolutePath();
        saveTo(path);
    });
    m_saveDialog->open();
}

bool AgentConfigPanel::saveTo(const QString &path)
{
    if (m_config.isEmpty())
        return false;
    QString error;
    QByteArray bytes = m_config.text.toUtf8();
    const bool written = PrivateFile::write(path, bytes, &error);
    Secret::overwrite(bytes);
    if (!written) {
        setStatus(tr("The configuration could not be saved to %1: %2")
                      .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    setStatus(tr("Saved to %1, readable by you only. It holds the secret key: keep it out of "
                 "version control.")
                  .arg(QDir::toNativeSeparators(path)));
    Q_EMIT handedOver();
    return true;
}

} // namespace cockpit
