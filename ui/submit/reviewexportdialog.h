#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/// Asks who exports a schedule for review and why (the ticket), and where to write it.
class ReviewExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewExportDialog(QWidget *parent = nullptr);

    QString author() const;
    QString reason() const;
    QString path() const;

private:
    void validate();

    QLineEdit *m_author;
    QPlainTextEdit *m_reason;
    QLineEdit *m_path;
    QPushButton *m_ok = nullptr;
};
