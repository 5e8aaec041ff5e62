// cockpit-profile-screenshots: renders the profile parts offscreen to PNG, to look at them without
// a display and for the documentation:
//   cockpit-profile-screenshots <folder>
// writes, on a window with CLI, app, session and demo profiles:
//   header-profile-menu.png (+ -zoom.png, its left part 3x): the header with the profile menu open
//   sign-in.png: the sign-in form, filled; sign-in-failed.png: after a refused key
//   window-notices.png: a config warning and a keychain failure
#include "ProfileTestKit.h"
#include "common/SecretLineEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextStream>
#include <QToolButton>

namespace {

bool save(const QPixmap &pixmap, const QString &path)
{
    const bool ok = pixmap.save(path, "PNG");
    QTextStream(ok ? stdout : stderr) << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ProfileTestKit::useTestSettings("cockpit-profile-screenshots");
    const QString folder = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(folder);

    ProfileTestKit kit;
    // Readable by others, to show that warning too.
    kit.writeConfig(kit.twoProfileConfig(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // An app profile whose secret key is gone from the keychain.
    cockpit::AppProfile lost;
    lost.id = cockpit::AppProfileStore::newProfileId();
    lost.name = QStringLiteral("Staging");
    lost.accessKey = kit.second.accessKey;
    QSignalSpy saved(kit.store.get(), &cockpit::AppProfileStore::saved);
    kit.store->save(lost, cockpit::Secret(kit.second.secretKey));
    if (!saved.wait(5000))
        return 1;
    kit.memorySecrets->remove(cockpit::AppProfileStore::secretKeyName(lost.id))->deleteLater();
    cockpit::ApiCredentials session;
    session.accessKey = kit.second.accessKey;
    session.secretKey = cockpit::Secret(kit.second.secretKey);
    session.apiUrl = kit.emulator.baseUrl();
    kit.build();
    kit.profiles->addSessionProfile(QStringLiteral("Laptop"), session);
    if (!kit.start() || !kit.waitForTokens(kit.demo.projectId))
        return 1;
    QTextStream(stdout) << "header minimum width " << kit.header()->minimumSizeHint().width()
                        << ", window minimum width " << kit.window->minimumSizeHint().width()
                        << Qt::endl;
    bool ok = true;
    // The header with the menu open below its button (a menu is a window of its own: compose).
    cockpit::HeaderBar *header = kit.header();
    QMenu *menu = header->profileMenu();
    QToolButton *button = header->profileMenuButton();
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    QTest::qWait(100);
    const QPixmap headerShot = header->grab();
    const QPixmap menuShot = menu->grab();
    const QPoint menuAt = button->mapTo(header, QPoint(0, button->height()));
    QPixmap composed(headerShot.width(), menuAt.y() + menuShot.height() + 8);
    composed.fill(header->palette().window().color());
    {
        QPainter painter(&composed);
        painter.drawPixmap(0, 0, headerShot);
        painter.drawPixmap(menuAt, menuShot);
    }
    menu->hide();
    ok = save(composed, folder + QStringLiteral("/header-profile-menu.png")) && ok;
    // The profile part, three times larger, to judge the small controls.
    const QRect left(0, 0, menuAt.x() + menuShot.width() + 40, composed.height());
    ok = save(composed.copy(left).scaled(left.size() * 3),
              folder + QStringLiteral("/header-profile-menu-zoom.png")) &&
         ok;

    // The sign-in form, filled, then after a refused key.
    kit.controller()->signIn();
    cockpit::SignInDialog *dialog = kit.controller()->signInFlow()->dialog();
    QTest::qWait(100);
    dialog->profileNameEdit()->setText(QStringLiteral("Production"));
    dialog->accessKeyEdit()->setText(kit.second.accessKey);
    dialog->secretKeyEdit()->setText(QStringLiteral("00000000-1111-2222-3333-444444444444"));
    QTest::qWait(50);
    ok = save(dialog->grab(), folder + QStringLiteral("/sign-in.png")) && ok;
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([dialog] { return !dialog->isChecking(); }, 10000))
        return 1;
    QTest::qWait(100);
    ok = save(dialog->grab(), folder + QStringLiteral("/sign-in-failed.png")) && ok;
    dialog->reject();

    // The window on the app profile whose key is gone, under the config warning.
    QComboBox *box = header->profileBox();
    box->setCurrentIndex(box->findData(cockpit::ProfileDirectory::appProfileId(lost.id)));
    QTest::qWait(300);
    ok = save(kit.window->grab(), folder + QStringLiteral("/window-notices.png")) && ok;
    return ok ? 0 : 1;
}
