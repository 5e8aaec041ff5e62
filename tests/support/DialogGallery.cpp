#include "DialogGallery.h"
#include "GalleryEntry.h"

#include "common/SecretLineEdit.h"
#include "create/CreateTokenDialog.h"
#include "create/CreateTokenFlow.h"
#include "create/PermissionMatrix.h"
#include "create/SecretDialog.h"
#include "profiles/ProfileController.h"
#include "profiles/SignInDialog.h"
#include "tokens/DeleteConfirmation.h"
#include "tokens/TokenRotateFlow.h"
#include "window/ShortcutsDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <functional>

using namespace cockpit;
using namespace Gallery;

namespace {

const QString kProjectId = QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54");

Token sampleToken(int index)
{
    Token token;
    token.id =
        QStringLiteral("1005e969-2a54-4b5c-9b58-a4626949cb%1").arg(index, 2, 10, QLatin1Char('0'));
    token.name = QStringLiteral("alloy-agent-paris-%1").arg(index);
    token.region = Region::FrPar;
    token.projectId = kProjectId;
    token.createdAt = QDateTime::fromString(QStringLiteral("2026-11-30T09:41:00Z"), Qt::ISODate);
    return token;
}

// An API error as the create flow shows it: the sentence, then the technical details.
const QString kApiError = QStringLiteral(
    "The Scaleway API had an internal error. Retry in a moment.\nThe API said: “internal "
    "error” · HTTP 500 · Request ID: 0b9e6a51-8f3c-4a1e-9d2b-7c4f1e0a3b6d");

QWidget *createDialog(const Services &)
{
    return new CreateTokenDialog(kProjectId, QStringLiteral("Production"), Region::FrPar);
}

QWidget *secretDialog(const Services &services)
{
    CreatedToken created;
    created.token = sampleToken(1);
    created.secretKey = Secret(QString(64, QLatin1Char('x')));
    return new SecretDialog(created, services.clipboard, services.store, services.savedSecrets);
}

QWidget *signInDialog(const Services &)
{
    return new SignInDialog;
}

std::function<QWidget *(QWidget *)> onCreate(std::function<void(CreateTokenDialog *)> apply)
{
    return [apply](QWidget *widget) {
        apply(static_cast<CreateTokenDialog *>(widget));
        return widget;
    };
}

std::function<QWidget *(QWidget *)> onSignIn(std::function<void(SignInDialog *)> apply)
{
    return [apply](QWidget *widget) {
        apply(static_cast<SignInDialog *>(widget));
        return widget;
    };
}

void typeSignIn(SignInDialog *dialog)
{
    dialog->accessKeyEdit()->setText(QStringLiteral("SCWABCDEFGHJKMNPQRS1"));
    dialog->secretKeyEdit()->setText(QStringLiteral("7d2c4a35-5b7e-4f6e-9d3c-0a1b2c3d4e5f"));
}

const Entries &entries()
{
    static const Entries all =
        Entries{
            {QStringLiteral("create token"), {createDialog, {}}},
            {QStringLiteral("create token, name with a space"),
             {createDialog, onCreate([](CreateTokenDialog *d) {
                  d->nameEdit()->setText(QStringLiteral("bad name!"));
              })}},
            {QStringLiteral("create token, name too short"),
             {createDialog,
              onCreate([](CreateTokenDialog *d) { d->nameEdit()->setText(QStringLiteral("a")); })}},
            {QStringLiteral("create token, no name, no permission"),
             {createDialog, onCreate([](CreateTokenDialog *d) {
                  d->nameEdit()->clear();
                  d->permissions()->setScopes({});
              })}},
            {QStringLiteral("create token, name in use"),
             {createDialog, onCreate([](CreateTokenDialog *d) {
                  d->setExistingTokens({sampleToken(1)});
                  d->nameEdit()->setText(sampleToken(1).name);
              })}},
            {QStringLiteral("create token, busy"),
             {createDialog, onCreate([](CreateTokenDialog *d) { d->setBusy(true); })}},
            {QStringLiteral("create token, API error"),
             {createDialog, onCreate([](CreateTokenDialog *d) {
                  d->setBusy(true);
                  d->setBusy(false);
                  d->showError(kApiError);
              })}},
            {QStringLiteral("create token, outcome unknown"),
             {createDialog, onCreate([](CreateTokenDialog *d) {
                  d->setBusy(true);
                  d->setBusy(false);
                  d->setUnresolved(d->request());
                  d->showError(
                      cockpit::CreateTokenFlow::tr(
                          "The answer to the create request was lost, and the app could not "
                          "check whether “%1” was created: %2 Until it knows, it will not "
                          "send the same request again, to avoid a duplicate: use Check "
                          "again.")
                          .arg(d->request().name,
                               QStringLiteral("The API could not be reached. Check the "
                                              "network connection.")));
              })}},
            {QStringLiteral("secret"), {secretDialog, {}}},
            {QStringLiteral("secret, copied"),
             {secretDialog,
              [](QWidget *w) {
                  static_cast<SecretDialog *>(w)->copyButton()->click();
                  return w;
              }}},
            {QStringLiteral("secret, no keychain"),
             {secretDialog,
              [](QWidget *w) {
                  static_cast<SecretDialog *>(w)->saveButton()->click();
                  QTest::qWait(50);
                  return w;
              }}},
            {QStringLiteral("secret, revealed"),
             {secretDialog,
              [](QWidget *w) {
                  static_cast<SecretDialog *>(w)->secretEdit()->setRevealed(true);
                  return w;
              }}},
            {QStringLiteral("secret, close without it"),
             {secretDialog,
              [](QWidget *w) {
                  static_cast<QDialog *>(w)->reject();
                  QWidget *question = nullptr;
                  (void)QTest::qWaitFor([&] {
                      question = w->findChild<QMessageBox *>();
                      return question && question->isVisible();
                  });
                  return question;
              }}},
            {QStringLiteral("sign-in"), {signInDialog, {}}},
            {QStringLiteral("sign-in, invalid"),
             {signInDialog, onSignIn([](SignInDialog *d) {
                  d->accessKeyEdit()->setText(QStringLiteral("SCW123"));
                  d->secretKeyEdit()->setText(QStringLiteral("not-a-secret-key"));
                  d->projectEdit()->setText(QStringLiteral("not-a-project"));
              })}},
            {QStringLiteral("sign-in, checking"), {signInDialog, onSignIn([](SignInDialog *d) {
                                                       typeSignIn(d);
                                                       d->setChecking(true);
                                                   })}},
            {QStringLiteral("sign-in, key refused"),
             {signInDialog, onSignIn([](SignInDialog *d) {
                  typeSignIn(d);
                  d->setChecking(true);
                  ApiError refused = ApiError::fromHttp(
                      401,
                      R"({"message":"authentication is denied","method":"api_key","reason":"not_found","type":"denied_authentication"})",
                      QStringLiteral("5b1e2c7a-3d4f-4e6a-8b9c-0d1e2f3a4b5c"));
                  d->showFailure(SignInDialog::failureText(SignInCheck::Step::ApiKey, refused));
              })}},
            {QStringLiteral("sign-in, no keychain"),
             {signInDialog, onSignIn([](SignInDialog *d) { d->setKeychainAvailable(false); })}},
            {QStringLiteral("delete one"),
             {[](const Services &s) -> QWidget * {
                  auto *dialog = new cockpit::DeleteConfirmation({sampleToken(1)}, s.window);
                  dialog->offerToForgetSavedSecrets(1);
                  return dialog;
              },
              {}}},
            {QStringLiteral("delete several"),
             {[](const Services &s) -> QWidget * {
                  QList<Token> tokens;
                  for (int i = 1; i <= 12; ++i)
                      tokens.append(sampleToken(i));
                  auto *dialog = new cockpit::DeleteConfirmation(tokens, s.window);
                  dialog->offerToForgetSavedSecrets(3);
                  return dialog;
              },
              {}}},
            {QStringLiteral("delete across projects"),
             {[](const Services &s) -> QWidget * {
                  QList<Token> tokens;
                  for (int i = 1; i <= 12; ++i) {
                      tokens.append(sampleToken(i));
                      tokens.last().projectId = QStringLiteral("project-%1").arg(i % 3);
                  }
                  auto *dialog =
                      new cockpit::DeleteConfirmation(tokens, s.window, [](const QString &id) {
                          return QStringLiteral("shop-production-%1").arg(id.right(1));
                      });
                  dialog->offerToForgetSavedSecrets(2);
                  return dialog;
              },
              {}}},
            {QStringLiteral("rotate"),
             {[](const Services &s) -> QWidget * {
                  return cockpit::TokenRotateFlow::startQuestion(
                      sampleToken(1), QStringLiteral("shop-production"), s.window);
              },
              {}}},
            {QStringLiteral("rotate, delete the old token"),
             {[](const Services &s) -> QWidget * {
                  return cockpit::TokenRotateFlow::deleteOldQuestion(
                      sampleToken(1), QStringLiteral("Production"), true, 1, s.window);
              },
              {}}},
            {QStringLiteral("rotate, new secret not kept"),
             {[](const Services &s) -> QWidget * {
                  return cockpit::TokenRotateFlow::deleteOldQuestion(
                      sampleToken(1), QStringLiteral("Production"), false, 0, s.window);
              },
              {}}},
            {QStringLiteral("orphaned token"),
             {[](const Services &s) -> QWidget * {
                  return cockpit::CreateTokenFlow::orphanQuestion(
                      {sampleToken(1)}, QStringLiteral("Production"), s.window);
              },
              {}}},
            {QStringLiteral("remove profile"),
             {[](const Services &s) -> QWidget * {
                  cockpit::ProfileOption profile;
                  profile.source = cockpit::ProfileOption::Source::App;
                  profile.name = QStringLiteral("Production (SCWABCDEFGHJKMNPQRS1)");
                  return cockpit::ProfileController::removalQuestionFor(profile, s.window);
              },
              {}}},
            {QStringLiteral("keyboard shortcuts"),
             {[](const Services &) -> QWidget * {
                  // The dialogs' and the table's entries; the window's menus add theirs in the app.
                  return new cockpit::ShortcutsDialog(
                      cockpit::ShortcutsDialog::entriesFor(nullptr));
              },
              {}}},
        } +
        connectAgentEntries();
    return all;
}

} // namespace

DialogGallery::DialogGallery()
    : m_settings(m_dir.filePath(QStringLiteral("gallery.ini")), QSettings::IniFormat)
    , m_savedSecrets(&m_settings)
    , m_clipboard(QApplication::clipboard())
{
    if (!m_kit.start())
        qFatal("%s", qPrintable(m_kit.error()));
    m_client = m_kit.makeClient(testkit::noRetries());
    // The secret dialog's "Save in keychain" meets a computer without one.
    m_store.setFailure({SecretStoreError::Kind::Unavailable, QStringLiteral("no Secret Service")});
}

DialogGallery::~DialogGallery()
{
    // The secret dialog asks before closing unless told the secret is safe: it is deleted
    // without closing, which wipes it.
    m_dialogs.clear();
    m_client.reset();
}

QStringList DialogGallery::names()
{
    QStringList names;
    for (const auto &[name, entry] : entries())
        names.append(name);
    return names;
}

void DialogGallery::settle()
{
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

QWidget *DialogGallery::open(const QString &name)
{
    for (const auto &[entryName, entry] : entries()) {
        if (entryName != name)
            continue;
        QWidget *dialog =
            entry.build({&m_store, &m_savedSecrets, &m_clipboard, &m_window, m_kit.emulator(),
                         m_client.get(), m_kit.credentials().projectId});
        dialog->setAttribute(Qt::WA_DeleteOnClose, false); // owned here
        m_dialogs.emplace_back(dialog);
        // As open() shows it in the app: at its own size hint, then driven into its state.
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        settle();
        QWidget *shown = entry.step ? entry.step(dialog) : dialog;
        if (!shown || !QTest::qWaitForWindowExposed(shown))
            return nullptr;
        settle();
        return shown;
    }
    return nullptr;
}
