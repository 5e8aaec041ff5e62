#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace cockpit {

// An inline message above the table: a tinted strip with a text, an optional second line of
// details (selectable, e.g. a request ID to quote to support), an optional progress bar and
// buttons. Inline rather than a dialog, so that trouble never blocks the window. The tint is
// painted from the current palette, so it follows a switch between light and dark.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Progress,
        Warning,
        Error
    };

    explicit MessageBanner(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    void setMessage(const QString &text, const QString &details = {});
    QString text() const;
    QString details() const;
    // Buttons sit at the right end, in the order added.
    QPushButton *addButton(const QString &text, const QString &accessibleName);
    // Only shown for Kind::Progress. A negative total shows a busy indicator.
    void setProgress(int value, int total);
    QProgressBar *progressBar() const { return m_progress; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyKind();

    Kind m_kind;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QProgressBar *m_progress;
    QHBoxLayout *m_buttons;
};

} // namespace cockpit
