#include "CreateTokenDialog.h"

#include "common/DialogFit.h"

#include "common/FieldMessage.h"
#include "common/Palette.h"
#include "common/Shortcuts.h"
#include "create/PermissionMatrix.h"
#include "text/RegionNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cockpit {

CreateTokenDialog::CreateTokenDialog(const QString &projectId, const QString &projectName,
                                     Region region, QWidget *parent)
    : QDialog(parent)
    , m_projectId(projectId)
    , m_region(new QComboBox)
    , m_name(new QLineEdit)
    , m_another(new QToolButton)
    , m_nameMessage(FieldMessage::create())
    , m_nameNotice(FieldMessage::createNotice())
    , m_permissions(new PermissionMatrix)
    , m_permissionsMessage(FieldMessage::create())
    , m_error(FieldMessage::create())
    , m_waiting(FieldMessage::createNotice())
    , m_waitClock(new QTimer(this))
    // Parented now: a default button only registers with a dialog it is already inside.
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Create a token"));
    // Grows when a message appears, rather than squeezing the form.
    DialogFit::install(this);
    setAccessibleName(tr("Create a token"));

    auto *intro = new QLabel(
        tr("The token will belong to the project <b>%1</b>.").arg(projectName.toHtmlEscaped()));
    intro->setWordWrap(true);

    QFormLayout *form = buildForm(region);
    QGroupBox *permissionsBox = buildPermissions();
    auto *billing = new QLabel(tr("Pushing data to Cockpit, and sending resource data through an "
                                  "external path, are billed by Scaleway."));
    billing->setWordWrap(true);
    Palette::keepTextTone(billing, Palette::Tone::Muted);
    billing->setAccessibleName(tr("Billing notice"));

    buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(permissionsBox);
    layout->addWidget(billing);
    layout->addWidget(m_error);
    layout->addWidget(m_waiting);
    layout->addWidget(m_buttons);
    m_waiting->setAccessibleName(tr("Waiting for the answer"));
    m_waitClock->setInterval(1000);
    connect(m_waitClock, &QTimer::timeout, this, &CreateTokenDialog::updateWaiting);

    connect(m_name, &QLineEdit::textChanged, this, &CreateTokenDialog::validate);
    connect(m_region, &QComboBox::currentIndexChanged, this, &CreateTokenDialog::validate);
    connect(m_permissions, &PermissionMatrix::scopesChanged, this, &CreateTokenDialog::validate);
    m_permissions->applyPreset(PermissionMatrix::Preset::Agent);
    validate();
    m_name->setFocus();
    m_name->selectAll();
}

QFormLayout *CreateTokenDialog::buildForm(Region region)
{
    for (Region each : allRegions())
        m_region->addItem(RegionNames::label(each), QVariant::fromValue(each));
    m_region->setCurrentIndex(m_region->findData(QVariant::fromValue(region)));
    m_region->setAccessibleName(tr("Region"));
    auto *regionHint = new QLabel(tr("Create the token in the same region as the data sources it "
                                     "will serve."));
    regionHint->setWordWrap(true);
    // Wrapped at the field's right edge (see FieldMessage::create).
    QSizePolicy hintPolicy = regionHint->sizePolicy();
    hintPolicy.setHorizontalPolicy(QSizePolicy::Expanding);
    regionHint->setSizePolicy(hintPolicy);
    Palette::keepTextTone(regionHint, Palette::Tone::Muted);

    m_name->setText(m_names.next());
    m_name->setMaxLength(50);
    m_name->setAccessibleName(tr("Token name"));
    m_name->setAccessibleDescription(tr("3 to 50 letters, digits, hyphens or underscores"));
    m_another->setText(tr("Another name"));
    m_another->setToolTip(
        Shortcuts::withKeys(tr("Suggest another name"), Shortcuts::anotherName()));
    m_another->setAccessibleName(tr("Suggest another name"));
    m_another->setShortcut(Shortcuts::anotherName());
    m_another->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_another->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The new name is left selected in its field, as the first one is, so typing replaces it.
    connect(m_another, &QToolButton::clicked, this, [this] {
        m_name->setText(m_names.nextDifferentFrom(m_name->text()));
        m_name->setFocus(Qt::OtherFocusReason);
        m_name->selectAll();
    });
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_another);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *regionLabelWidget = new QLabel(tr("&Region:"));
    regionLabelWidget->setBuddy(m_region);
    form->addRow(regionLabelWidget, m_region);
    form->addRow(QString(), regionHint);
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameRow);
    // Room kept for the name's message (a problem, or a name in use, never both), and for the
    // permissions' one: a message showing up moves no control, so a second click lands where
    // the first one aimed.
    auto *nameMessages = new QWidget;
    auto *nameMessagesLayout = new QVBoxLayout(nameMessages);
    nameMessagesLayout->setContentsMargins(0, 0, 0, 0);
    nameMessagesLayout->setSpacing(0);
    nameMessagesLayout->addWidget(m_nameMessage);
    nameMessagesLayout->addWidget(m_nameNotice);
    nameMessagesLayout->addStretch();
    nameMessages->setMinimumHeight(2 * fontMetrics().lineSpacing() + 2);
    form->addRow(QString(), nameMessages);
    return form;
}

QGroupBox *CreateTokenDialog::buildPermissions()
{
    QSizePolicy keepRoom = m_permissionsMessage->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_permissionsMessage->setSizePolicy(keepRoom);
    m_permissionsMessage->setMinimumHeight(fontMetrics().lineSpacing());

    auto *permissionsBox = new QGroupBox(tr("Permissions"));
    auto *permissionsLayout = new QVBoxLayout(permissionsBox);
    permissionsLayout->addWidget(m_permissions);
    permissionsLayout->addWidget(m_permissionsMessage);
    return permissionsBox;
}

void CreateTokenDialog::buildButtons()
{
    m_create = m_buttons->addButton(tr("&Create token"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    m_create->setAccessibleName(tr("Create token"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_checkAgain = m_buttons->addButton(tr("Chec&k again"), QDialogButtonBox::ActionRole);
    m_checkAgain->setAccessibleName(tr("Check again whether the token was created"));
    m_checkAgain->setAutoDefault(false);
    m_checkAgain->hide();
    connect(m_checkAgain, &QPushButton::clicked, this, [this] {
        m_checkAgain->setEnabled(false);
        FieldMessage::set(m_error,
                          tr("Checking whether “%1” was created…").arg(m_unresolved->name));
        Q_EMIT checkAgainRequested();
    });
    connect(m_create, &QPushButton::clicked, this, &CreateTokenDialog::onCreateClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Accept is driven by the owner once the token exists; the button box must not close us.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
}

CreateTokenRequest CreateTokenDialog::request() const
{
    CreateTokenRequest request;
    request.region = m_region->currentData().value<Region>();
    request.projectId = m_projectId;
    request.name = m_name->text();
    request.scopes = m_permissions->scopes();
    return request;
}

bool CreateTokenDialog::isValid() const
{
    return isValidTokenName(m_name->text()) && m_permissions->scopes() != TokenScopes();
}

void CreateTokenDialog::validate()
{
    const QString name = m_name->text();
    QString nameProblem;
    if (name.isEmpty())
        nameProblem = tr("Enter a name.");
    else if (!isValidTokenName(name))
        nameProblem =
            tr("Use 3 to 50 characters: letters, digits, hyphens (-) and underscores (_).");
    FieldMessage::set(m_nameMessage, nameProblem);
    m_name->setAccessibleDescription(nameProblem.isEmpty()
                                         ? tr("3 to 50 letters, digits, hyphens or underscores")
                                         : nameProblem);
    const Region region = m_region->currentData().value<Region>();
    const bool taken = nameProblem.isEmpty() &&
                       std::any_of(m_existing.cbegin(), m_existing.cend(), [&](const Token &t) {
                           return t.region == region && t.name == name;
                       });
    FieldMessage::set(m_nameNotice,
                      taken ? tr("A token named “%1” already exists in %2. You can create "
                                 "another, but two tokens of one name are easy to confuse.")
                                  .arg(name, regionId(region))
                            : QString());
    // The console's rule: at least one permission.
    FieldMessage::set(m_permissionsMessage, m_permissions->scopes() == TokenScopes()
                                                ? tr("Choose at least one permission.")
                                                : QString());
    // While the form would send the unresolved create again, it says why it will not.
    if (!isUnresolved())
        FieldMessage::set(m_error, {});
    else if (m_error->isHidden())
        FieldMessage::set(m_error, tr("An earlier request to create “%1” in %2 may have worked: "
                                      "check again before sending it once more.")
                                       .arg(m_unresolved->name, regionId(m_unresolved->region)));
    updateCreateEnabled();
}

void CreateTokenDialog::updateCreateEnabled()
{
    m_create->setEnabled(!m_busy && isValid() && !isUnresolved());
    m_checkAgain->setVisible(m_unresolved.has_value());
}

bool CreateTokenDialog::isUnresolved() const
{
    if (!m_unresolved)
        return false;
    const CreateTokenRequest current = request();
    return current.region == m_unresolved->region && current.name == m_unresolved->name &&
           current.projectId == m_unresolved->projectId;
}

void CreateTokenDialog::setExistingTokens(const QList<Token> &tokens)
{
    m_existing = tokens;
    validate();
}

void CreateTokenDialog::setUnresolved(const std::optional<CreateTokenRequest> &request)
{
    m_unresolved = request;
    m_checkAgain->setEnabled(true);
    updateCreateEnabled();
}

void CreateTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_region->setEnabled(!busy);
    m_name->setReadOnly(busy);
    m_another->setEnabled(!busy);
    m_permissions->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_create->setText(busy ? tr("Creating…") : tr("&Create token"));
    updateCreateEnabled();
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    if (busy && !m_waitClock->isActive()) {
        m_busyFor.start();
        m_waitClock->start();
    } else if (!busy) {
        m_waitClock->stop();
    }
    updateWaiting();
}

void CreateTokenDialog::updateWaiting()
{
    // Said after a moment only: most answers come before anyone would read it.
    constexpr qint64 kQuietMs = 1500;
    if (!m_busy || m_answerTimeoutS <= 0 || m_busyFor.elapsed() < kQuietMs) {
        FieldMessage::set(m_waiting, {});
        return;
    }
    const int sofar = int(m_busyFor.elapsed() / 1000);
    FieldMessage::set(m_waiting,
                      tr("Waiting for the API's answer: %1 s so far, %2 s at most. The request "
                         "is not sent twice; if no answer comes, the app checks whether the "
                         "token was created.")
                          .arg(sofar)
                          .arg(m_answerTimeoutS));
}

void CreateTokenDialog::showError(const QString &message, const QString &argumentName)
{
    if (argumentName == QLatin1String("name")) {
        FieldMessage::set(m_nameMessage, message);
        m_name->setFocus();
    } else if (argumentName == QLatin1String("token_scopes")) {
        FieldMessage::set(m_permissionsMessage, message);
    } else {
        FieldMessage::set(m_error, message);
    }
}

void CreateTokenDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void CreateTokenDialog::onCreateClicked()
{
    // Re-checked here: a queued second click must never send a second request.
    if (m_busy || !isValid() || isUnresolved())
        return;
    setBusy(true);
    Q_EMIT createRequested(request());
}

} // namespace cockpit
