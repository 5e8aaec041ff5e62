#include "SignInDialog.h"

#include "common/DialogFit.h"

#include "common/FieldMessage.h"
#include "common/SecretLineEdit.h"
#include "text/ErrorText.h"
#include "text/RegionNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cockpit {
namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_accessKey(new QLineEdit)
    , m_secretKey(new SecretLineEdit)
    , m_project(new QLineEdit)
    , m_region(new QComboBox)
    , m_sessionOnly(new QCheckBox(tr("&Keep the secret key for this session only")))
    , m_accessKeyMessage(FieldMessage::create())
    , m_secretKeyMessage(FieldMessage::create())
    , m_projectMessage(FieldMessage::create())
    , m_keychainNotice(new QLabel)
    , m_status(new QLabel)
    // Parented now: a default button only registers with a dialog it is already inside.
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in to Scaleway"));
    // Grows when a message appears, rather than squeezing the form.
    DialogFit::install(this);
    setAccessibleName(tr("Sign in to Scaleway"));

    describeFields();
    buildButtons();
    layOut();
    for (QLineEdit *edit : {m_name, m_accessKey, static_cast<QLineEdit *>(m_secretKey), m_project})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::validate);
    validate();
    setMinimumWidth(520);
    m_accessKey->setFocus();
}

void SignInDialog::describeFields()
{
    m_name->setText(tr("Scaleway"));
    m_name->setAccessibleName(tr("Profile name"));
    m_accessKey->setPlaceholderText(QStringLiteral("SCWXXXXXXXXXXXXXXXXX"));
    m_accessKey->setAccessibleName(tr("Access key"));
    m_secretKey->setPlaceholderText(QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
    m_secretKey->setAccessibleName(tr("Secret key"));
    m_project->setPlaceholderText(tr("Optional: the key's default project"));
    m_project->setAccessibleName(tr("Default project ID"));
    m_region->setAccessibleName(tr("Default region"));
    for (Region region : allRegions())
        m_region->addItem(RegionNames::label(region), QVariant::fromValue(region));
    m_sessionOnly->setAccessibleName(tr("Keep the secret key for this session only"));
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void SignInDialog::buildButtons()
{
    m_signIn = m_buttons->addButton(tr("S&ign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    m_signIn->setAccessibleName(tr("Sign in"));
    m_demo = m_buttons->addButton(tr("Try the &demo"), QDialogButtonBox::ActionRole);
    m_demo->setAccessibleName(tr("Try the demo"));
    m_demo->setToolTip(tr("Explore the app with sample projects and tokens, without an account"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_checking || !isValid())
            return;
        setChecking(true);
        Q_EMIT signInRequested(request());
    });
    connect(m_demo, &QPushButton::clicked, this, &SignInDialog::demoRequested);
}

void SignInDialog::layOut()
{
    auto *intro = new QLabel(tr("Use an API key from the Scaleway console (IAM → API keys). The "
                                "key is checked before it is saved; its secret key is kept only "
                                "in the system keychain."));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(buddyLabel(tr("Profile &name:"), m_name), m_name);
    form->addRow(buddyLabel(tr("&Access key:"), m_accessKey), m_accessKey);
    form->addRow(QString(), m_accessKeyMessage);
    form->addRow(buddyLabel(tr("&Secret key:"), m_secretKey), m_secretKey);
    form->addRow(QString(), m_secretKeyMessage);
    form->addRow(buddyLabel(tr("Default &project:"), m_project), m_project);
    form->addRow(QString(), m_projectMessage);
    form->addRow(buddyLabel(tr("Default &region:"), m_region), m_region);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_sessionOnly);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

bool SignInDialog::isAccessKey(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^SCW[A-Z0-9]{17}$"));
    return pattern.match(text).hasMatch();
}

SignInRequest SignInDialog::request() const
{
    SignInRequest request;
    request.profileName = m_name->text().trimmed().isEmpty() ? m_accessKey->text().trimmed()
                                                             : m_name->text().trimmed();
    request.credentials.accessKey = m_accessKey->text().trimmed();
    request.credentials.secretKey = Secret(m_secretKey->text().trimmed());
    request.credentials.projectId = m_project->text().trimmed().toLower();
    request.credentials.defaultRegion = m_region->currentData().value<Region>();
    request.sessionOnly = m_sessionOnly->isChecked() || !m_keychainAvailable;
    return request;
}

bool SignInDialog::isValid() const
{
    const QString project = m_project->text().trimmed();
    return isAccessKey(m_accessKey->text().trimmed()) && isUuid(m_secretKey->text().trimmed()) &&
           (project.isEmpty() || isUuid(project));
}

void SignInDialog::validate()
{
    const QString accessKey = m_accessKey->text().trimmed();
    const QString secretKey = m_secretKey->text().trimmed();
    const QString project = m_project->text().trimmed();
    // Only complain once something was typed: an empty form is not an error.
    FieldMessage::set(m_accessKeyMessage,
                      accessKey.isEmpty() || isAccessKey(accessKey)
                          ? QString()
                          : tr("An access key is SCW followed by 17 capital letters or digits."));
    FieldMessage::set(m_secretKeyMessage, secretKey.isEmpty() || isUuid(secretKey)
                                              ? QString()
                                              : tr("A secret key looks like "
                                                   "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx."));
    FieldMessage::set(m_projectMessage, project.isEmpty() || isUuid(project)
                                            ? QString()
                                            : tr("A project ID looks like "
                                                 "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx."));
    FieldMessage::set(m_status, {});
    m_signIn->setEnabled(!m_checking && isValid());
}

void SignInDialog::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    m_sessionOnly->setVisible(available);
    m_keychainNotice->setVisible(!available);
    m_keychainNotice->setText(
        available ? QString()
                  : tr("No keychain is available on this computer, so the secret key cannot be "
                       "saved. You can still sign in for this session: the key is forgotten when "
                       "the app closes."));
    m_signIn->setText(available ? tr("S&ign in") : tr("S&ign in for this session"));
}

void SignInDialog::setChecking(bool checking)
{
    m_checking = checking;
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_accessKey),
                           static_cast<QWidget *>(m_secretKey), static_cast<QWidget *>(m_project),
                           static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_sessionOnly)})
        field->setEnabled(!checking);
    m_demo->setEnabled(!checking);
    m_signIn->setEnabled(!checking && isValid());
    if (checking)
        FieldMessage::set(m_status, tr("Checking the key with Scaleway…"));
}

void SignInDialog::showFailure(const QString &text)
{
    setChecking(false);
    FieldMessage::set(m_status, text);
}

void SignInDialog::reject()
{
    if (!m_checking)
        QDialog::reject();
}

void SignInDialog::done(int result)
{
    m_secretKey->wipe();
    QDialog::done(result);
}

QString SignInDialog::failureText(SignInCheck::Step step, const ApiError &error)
{
    QString sentence;
    if (error.kind == ApiError::Kind::Unauthenticated) {
        sentence =
            error.reason == QLatin1String("expired")
                ? tr("This API key has expired. Create a new one in the Scaleway console.")
                : tr("Scaleway did not accept this key: the access key or the secret key is wrong, "
                     "or the key was deleted.");
    } else if (error.kind == ApiError::Kind::PermissionDenied) {
        switch (step) {
        case SignInCheck::Step::ApiKey:
            sentence = tr("This key may not read its own details, so its default project is "
                          "unknown. Enter the ID of a project it can use.");
            break;
        case SignInCheck::Step::Project:
        case SignInCheck::Step::Projects:
            sentence = tr("This key has no access to that project. Check the project ID, or give "
                          "the key's IAM policy access to it.");
            break;
        case SignInCheck::Step::Cockpit:
            sentence = tr("This key lacks Cockpit permissions in that project (for example "
                          "ObservabilityFullAccess). If the project or policy was created moments "
                          "ago, wait a minute and retry.");
            break;
        }
    } else if (error.kind == ApiError::Kind::NotFound && step == SignInCheck::Step::ApiKey) {
        sentence = tr("Scaleway knows no API key with this access key: check it for typos.");
    } else if (error.kind == ApiError::Kind::NotFound) {
        sentence = tr("Scaleway knows no project with this ID.");
    } else {
        sentence = ErrorText::sentence(error);
    }
    return ErrorText::withDetails(sentence, error);
}

} // namespace cockpit
