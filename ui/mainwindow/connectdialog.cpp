#include "mainwindow/connectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QUrl>

ConnectDialog::ConnectDialog(const QStringList &recentMasters, QWidget *parent)
    : QDialog(parent)
    , m_master(new QComboBox(this))
    , m_api(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Do not verify the master's TLS certificate (unsafe)"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a Mesos master"));
    m_master->setEditable(true);
    m_master->addItems(recentMasters);
    m_master->lineEdit()->setPlaceholderText(
        tr("http://master.example:5050, or several separated by commas"));
    m_master->setMinimumWidth(420);
    m_api->addItem(tr("Automatic (v1, else v0)"), QStringLiteral("auto"));
    m_api->addItem(tr("v1 operator API"), QStringLiteral("v1"));
    m_api->addItem(tr("v0 endpoints"), QStringLiteral("v0"));
    m_user->setPlaceholderText(tr("only when the master requires authentication"));
    m_caFile->setPlaceholderText(tr("system certificates"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("CA certificates"), QString(),
                                           tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Master:"), m_master);
    form->addRow(tr("&API:"), m_api);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("CA &file:"), caRow);
    form->addRow(QString(), m_insecure);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_master, &QComboBox::currentTextChanged, this, &ConnectDialog::validate);
    connect(m_insecure, &QCheckBox::toggled, this, &ConnectDialog::validate);
    validate();
}

void ConnectDialog::setRequest(const ConnectionRequest &request)
{
    m_master->setCurrentText(request.masters);
    m_api->setCurrentIndex(qMax(0, m_api->findData(request.api)));
    m_user->setText(request.user);
    m_caFile->setText(request.caFile);
    m_insecure->setChecked(!request.verifyTls);
}

ConnectionRequest ConnectDialog::request() const
{
    ConnectionRequest r;
    r.masters = m_master->currentText().trimmed();
    r.api = m_api->currentData().toString();
    r.user = m_user->text().trimmed();
    r.caFile = m_caFile->text().trimmed();
    r.verifyTls = !m_insecure->isChecked();
    return r;
}

void ConnectDialog::validate()
{
    QStringList problems;
    const QStringList masters = m_master->currentText().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (masters.isEmpty())
        problems << tr("Enter the address of a master, e.g. master.example:5050.");
    for (const QString &m : masters) {
        QString text = m.trimmed();
        if (!text.contains(QStringLiteral("://")))
            text.prepend(QStringLiteral("http://"));
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")))
            problems << tr("“%1” is not a master address (http(s)://host:port, host:port or host).")
                            .arg(m.trimmed());
    }
    if (m_insecure->isChecked())
        problems << tr(
            "Without verification anyone on the network path can impersonate the master.");
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!masters.isEmpty()
                     && (problems.isEmpty() || (m_insecure->isChecked() && problems.size() == 1)));
}
