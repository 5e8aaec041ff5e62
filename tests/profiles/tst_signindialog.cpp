// SignInDialog: live format checks, the request it collects, the keychain-less session-only
// path, the checking state, "Try the demo", and the plain-words failure texts.
#include "common/SecretLineEdit.h"
#include "profiles/SignInDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cockpit;

namespace {
const QString kAccess = QStringLiteral("SCWABCDEFGHJKMNPQRS1");
const QString kSecret = QStringLiteral("7d2c4a35-5b7e-4f6e-9d3c-0a1b2c3d4e5f");
const QString kProject = QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54");
} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("accessKey");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("project");
        QTest::addColumn<bool>("valid");
        QTest::newRow("complete") << kAccess << kSecret << kProject << true;
        QTest::newRow("no project") << kAccess << kSecret << QString() << true;
        QTest::newRow("spaces around") << (QStringLiteral(" ") + kAccess)
                                       << (kSecret + QStringLiteral(" ")) << QString() << true;
        QTest::newRow("lower-case access key")
            << kAccess.toLower() << kSecret << QString() << false;
        QTest::newRow("short access key")
            << QStringLiteral("SCWABC") << kSecret << QString() << false;
        QTest::newRow("not SCW") << QStringLiteral("ABCABCDEFGHJKMNPQRS1") << kSecret << QString()
                                 << false;
        QTest::newRow("secret not a uuid")
            << kAccess << QStringLiteral("hunter2") << QString() << false;
        QTest::newRow("project not a uuid")
            << kAccess << kSecret << QStringLiteral("prod") << false;
        QTest::newRow("empty") << QString() << QString() << QString() << false;
    }
    void formats()
    {
        QFETCH(QString, accessKey);
        QFETCH(QString, secretKey);
        QFETCH(QString, project);
        QFETCH(bool, valid);
        SignInDialog dialog;
        dialog.show();
        dialog.accessKeyEdit()->setText(accessKey);
        dialog.secretKeyEdit()->setText(secretKey);
        dialog.projectEdit()->setText(project);
        QCOMPARE(dialog.isValid(), valid);
        QCOMPARE(dialog.signInButton()->isEnabled(), valid);
    }

    void collectsTheRequest()
    {
        SignInDialog dialog;
        dialog.show();
        QSignalSpy requested(&dialog, &SignInDialog::signInRequested);
        dialog.accessKeyEdit()->setText(kAccess);
        dialog.secretKeyEdit()->setText(kSecret);
        dialog.projectEdit()->setText(kProject.toUpper());
        dialog.regionBox()->setCurrentIndex(
            dialog.regionBox()->findData(QVariant::fromValue(Region::NlAms)));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        const auto request = requested.at(0).at(0).value<SignInRequest>();
        QCOMPARE(request.credentials.accessKey, kAccess);
        QCOMPARE(request.credentials.secretKey.expose(), kSecret);
        QCOMPARE(request.credentials.projectId, kProject);
        QCOMPARE(request.credentials.defaultRegion, std::optional<Region>(Region::NlAms));
        QVERIFY(!request.sessionOnly);
        QVERIFY(dialog.isChecking());
        QVERIFY(!dialog.accessKeyEdit()->isEnabled());
        dialog.reject(); // refused while checking
        QVERIFY(dialog.isVisible());
    }

    void failureKeepsTheInput()
    {
        SignInDialog dialog;
        dialog.show();
        dialog.accessKeyEdit()->setText(kAccess);
        dialog.secretKeyEdit()->setText(kSecret);
        dialog.signInButton()->click();
        ApiError error;
        error.kind = ApiError::Kind::Unauthenticated;
        error.httpStatus = 401;
        error.requestId = QStringLiteral("4ba2455c-b686-4bc3-8eae-bf87a8588c7c");
        dialog.showFailure(SignInDialog::failureText(SignInCheck::Step::ApiKey, error));
        QVERIFY(!dialog.isChecking());
        QVERIFY(dialog.statusLabel()->isVisible());
        QVERIFY(dialog.statusLabel()->text().contains(error.requestId));
        QCOMPARE(dialog.accessKeyEdit()->text(), kAccess);
        QCOMPARE(dialog.secretKeyEdit()->text(), kSecret);
        QVERIFY(dialog.signInButton()->isEnabled());
        // The masked field stays masked after a failure.
        QCOMPARE(dialog.secretKeyEdit()->echoMode(), QLineEdit::Password);
    }

    void withoutKeychainOnlySessionSignIn()
    {
        SignInDialog dialog;
        dialog.show();
        dialog.setKeychainAvailable(false);
        QVERIFY(!dialog.sessionOnlyBox()->isVisible());
        QVERIFY(dialog.signInButton()->text().contains(QStringLiteral("session")));
        dialog.accessKeyEdit()->setText(kAccess);
        dialog.secretKeyEdit()->setText(kSecret);
        QVERIFY(dialog.request().sessionOnly);
        dialog.setKeychainAvailable(true);
        QVERIFY(!dialog.request().sessionOnly);
        dialog.sessionOnlyBox()->setChecked(true);
        QVERIFY(dialog.request().sessionOnly);
    }

    void demoIsOffered()
    {
        SignInDialog dialog;
        QSignalSpy demo(&dialog, &SignInDialog::demoRequested);
        dialog.demoButton()->click();
        QCOMPARE(demo.count(), 1);
    }

    void failureTexts_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("401") << int(SignInCheck::Step::ApiKey)
                             << int(ApiError::Kind::Unauthenticated)
                             << QStringLiteral("secret key is wrong");
        QTest::newRow("403 key") << int(SignInCheck::Step::ApiKey)
                                 << int(ApiError::Kind::PermissionDenied)
                                 << QStringLiteral("Enter the ID of a project");
        QTest::newRow("403 project")
            << int(SignInCheck::Step::Project) << int(ApiError::Kind::PermissionDenied)
            << QStringLiteral("no access to that project");
        QTest::newRow("403 cockpit")
            << int(SignInCheck::Step::Cockpit) << int(ApiError::Kind::PermissionDenied)
            << QStringLiteral("Cockpit permissions");
        QTest::newRow("404 key") << int(SignInCheck::Step::ApiKey) << int(ApiError::Kind::NotFound)
                                 << QStringLiteral("access key");
        QTest::newRow("404 project")
            << int(SignInCheck::Step::Project) << int(ApiError::Kind::NotFound)
            << QStringLiteral("no project");
        QTest::newRow("network") << int(SignInCheck::Step::ApiKey)
                                 << int(ApiError::Kind::NetworkError)
                                 << QStringLiteral("could not be reached");
    }
    void failureTexts()
    {
        QFETCH(int, step);
        QFETCH(int, kind);
        QFETCH(QString, mustContain);
        ApiError error;
        error.kind = ApiError::Kind(kind);
        const QString text = SignInDialog::failureText(SignInCheck::Step(step), error);
        QVERIFY2(text.contains(mustContain), qPrintable(text));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
