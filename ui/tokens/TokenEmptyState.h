#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cockpit {

// What the table area shows when there is no row to show: either the project and region really
// have no token (with a call to create one), or the filters hide every token (with a way to
// clear them). Never a blank table that leaves the user guessing.
class TokenEmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit TokenEmptyState(QWidget *parent = nullptr);

    void showNoTokens(const QString &projectName, const QString &regionName);
    void showNoMatches();

    QString title() const;
    QPushButton *createButton() const { return m_create; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }

Q_SIGNALS:
    void clearFiltersRequested();

private:
    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_create;
    QPushButton *m_clearFilters;
};

} // namespace cockpit
