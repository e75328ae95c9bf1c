// MainWindow: the questions and messages it puts to the person (UserPrompts answers through them).
#include "mainwindow/mainwindow.h"

#include "mainwindow/confirmdialog.h"
#include "mainwindow/connectdialog.h"
#include "submit/changesdialog.h"
#include "timeline/timelinepage.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

bool MainWindow::confirm(const QString &title, const QString &text, const QString &details,
                         const QString &okText)
{
    clearBusy(); // a question or an answer ends the wait
    ConfirmDialog dialog(title, text, details, okText, this);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::showProblem(const QString &title, const QString &text, const QString &details)
{
    clearBusy(); // a question or an answer ends the wait
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void MainWindow::showMachineProblem(const QString &title, const QString &text, const QString &where,
                                    const MachineId &machine)
{
    clearBusy();
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Close, this);
    box.setInformativeText(tr("%1 — at %2").arg(machine.displayName(), where));
    QPushButton *show = box.addButton(tr("Show Machine"), QMessageBox::ActionRole);
    box.setDefaultButton(show);
    box.exec();
    if (box.clickedButton() == show && !m_timeline->showMachine(machine))
        statusBar()->showMessage(
            tr("%1 is hidden (its zone is collapsed).").arg(machine.displayName()), 8000);
}

void MainWindow::showInfo(const QString &title, const QString &text)
{
    clearBusy(); // a question or an answer ends the wait
    statusBar()->showMessage(text, 15000);
    QMessageBox::information(this, title, text);
}

bool MainWindow::reviewChanges(const QString &title, const QString &intro, const QString &leftTitle,
                               const QStringList &left, const QString &rightTitle,
                               const QStringList &right, const QString &acceptText)
{
    clearBusy();
    ChangesDialog dialog(title, intro, {leftTitle, left}, {rightTitle, right}, acceptText, this);
    return dialog.exec() == QDialog::Accepted;
}

QString MainWindow::askSaveFile(const QString &title, const QString &suggestedName)
{
    const bool picture = suggestedName.endsWith(u".png") || suggestedName.endsWith(u".svg");
    return QFileDialog::getSaveFileName(this, title, suggestedName,
                                        picture ? tr("Pictures (*.png *.svg)")
                                                : tr("Schedules (*.json);;All files (*)"));
}

QString MainWindow::askOpenFile(const QString &title, const QString &directory)
{
    return QFileDialog::getOpenFileName(this, title, directory,
                                        tr("Schedules (*.json);;All files (*)"));
}

void MainWindow::showConnectDialog(const ConnectionRequest &current)
{
    QStringList recent;
    for (QAction *a : m_recentMenu->actions())
        recent << a->text();
    ConnectDialog dialog(recent, this);
    dialog.setRequest(current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastRequest = dialog.request();
    Q_EMIT connectRequested(m_lastRequest);
}

QString MainWindow::askPassword(const QString &user, const QString &master, const QString &reason)
{
    bool ok = false;
    const QString password
        = QInputDialog::getText(this, tr("Password for %1").arg(master),
                                tr("%1\nPassword for %2 (kept in memory only):").arg(reason, user),
                                QLineEdit::Password, QString(), &ok);
    return ok ? password : QString();
}

void MainWindow::addPanel(QDockWidget *dock)
{
    dock->setParent(this);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *chart = findChild<QDockWidget *>(QStringLiteral("chartDock")))
        tabifyDockWidget(chart, dock);
    if (m_viewMenu)
        m_viewMenu->insertAction(m_viewMenu->actions().value(3), dock->toggleViewAction());
}

void MainWindow::setAlertSettings(const QString &master, const AlertSettings &settings)
{
    m_alertMaster = master;
    m_alertSettings = settings;
}
