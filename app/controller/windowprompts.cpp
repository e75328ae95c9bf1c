#include "controller/windowprompts.h"

#include "drain/typedconfirmdialog.h"
#include "submit/limitoverridedialog.h"

#include "mainwindow/mainwindow.h"

WindowPrompts::WindowPrompts(MainWindow *window)
    : m_window(window)
{ }

void WindowPrompts::setBusy(const QString &text)
{
    if (m_window)
        m_window->setBusy(text);
}

void WindowPrompts::clearBusy()
{
    if (m_window)
        m_window->clearBusy();
}

bool WindowPrompts::confirm(const QString &title, const QString &text, const QString &details,
                            const QString &okText)
{
    return m_window && m_window->confirm(title, text, details, okText);
}

bool WindowPrompts::confirmTyped(const QString &title, const QString &text, const QString &details,
                                 const QString &expected, const QString &okText)
{
    if (!m_window)
        return false;
    m_window->clearBusy();
    return TypedConfirmDialog::ask(m_window, title, text, details, expected, okText);
}

void WindowPrompts::showProblem(const QString &title, const QString &text, const QString &details)
{
    if (m_window)
        m_window->showProblem(title, text, details);
}

void WindowPrompts::showInfo(const QString &title, const QString &text)
{
    if (m_window)
        m_window->showInfo(title, text);
}

bool WindowPrompts::reviewChanges(const QString &title, const QString &intro,
                                  const QString &leftTitle, const QStringList &left,
                                  const QString &rightTitle, const QStringList &right,
                                  const QString &acceptText)
{
    return m_window
        && m_window->reviewChanges(title, intro, leftTitle, left, rightTitle, right, acceptText);
}

void WindowPrompts::showMachineProblem(const QString &title, const QString &text,
                                       const QString &where, const MachineId &machine)
{
    if (m_window)
        m_window->showMachineProblem(title, text, where, machine);
}

QString WindowPrompts::askSaveFile(const QString &title, const QString &suggestedName)
{
    return m_window ? m_window->askSaveFile(title, suggestedName) : QString();
}

QString WindowPrompts::askLimitOverride(const QString &title, const QStringList &violations)
{
    return m_window ? LimitOverrideDialog::ask(m_window, title, violations) : QString();
}

QString WindowPrompts::askOpenFile(const QString &title, const QString &directory)
{
    return m_window ? m_window->askOpenFile(title, directory) : QString();
}

QString WindowPrompts::askPassword(const QString &user, const QString &master,
                                   const QString &reason)
{
    return m_window ? m_window->askPassword(user, master, reason) : QString();
}
