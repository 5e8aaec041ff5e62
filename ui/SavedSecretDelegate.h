#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

// Draws a key before the names of tokens whose secret is saved in the keychain (the model says
// which through HasSavedSecretRole; icons are the view's business, not the core's).
class SavedSecretDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SavedSecretDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_key;
};
