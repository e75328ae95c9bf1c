#pragma once

#include <QDialog>

class QPushButton;

/// A question with a list of what it will do, one line per machine. The dialog is as wide as the
/// longest line (up to about 120 characters, within the screen) and as tall as the list where
/// the screen allows, and scrolls beyond: a line is not wrapped in the middle of a hostname, which
/// would read as two machines; only longer prose wraps, at word boundaries. Cancel is
/// the default, as the actions it confirms cannot be undone.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDialog(const QString &title, const QString &text, const QString &details,
                  const QString &okText, QWidget *parent = nullptr);

    QPushButton *okButton() const { return m_ok; }

private:
    QPushButton *m_ok = nullptr;
};
