#pragma once

#include <QDialog>
#include <QStringList>

/// Shows two lists of changes side by side (someone else's change next to ours, or what will
/// change next to what it will do) and lets the user go on or cancel.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        QStringList lines;
    };

    ChangesDialog(const QString &title, const QString &intro, const Column &left,
                  const Column &right, const QString &acceptText, QWidget *parent = nullptr);
};
