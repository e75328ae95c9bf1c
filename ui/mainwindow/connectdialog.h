#pragma once

#include "mainwindow/connectionrequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Asks where the master is: URL(s) with the recent ones offered, API, user, and TLS options.
/// The password is asked separately, when the master wants it, and never stored.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const QStringList &recentMasters, QWidget *parent = nullptr);

    void setRequest(const ConnectionRequest &request);
    ConnectionRequest request() const;

private:
    void validate();

    QComboBox *m_master;
    QComboBox *m_api;
    QLineEdit *m_user;
    QLineEdit *m_caFile;
    QCheckBox *m_insecure;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
