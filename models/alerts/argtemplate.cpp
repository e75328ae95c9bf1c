#include "alerts/argtemplate.h"

#include <QStringView>

#include <algorithm>

ArgTemplate::ArgTemplate(QString text)
    : m_text(std::move(text))
{
    if (m_text.count(u'%') != 3)
        return;
    qsizetype at[3];
    for (int i = 0; i < 3; ++i) {
        const QChar placeholder[2] = {QChar(u'%'), QChar(char16_t(u'1' + i))};
        at[i] = m_text.indexOf(QStringView(placeholder, 2));
        const qsizetype next = at[i] + 2;
        if (at[i] < 0 || (next < m_text.size() && m_text.at(next).isDigit()))
            return; // %10 and the like: left to arg()
    }
    std::copy(std::begin(at), std::end(at), std::begin(m_at));
    std::sort(std::begin(m_order), std::end(m_order),
              [this](int x, int y) { return m_at[x] < m_at[y]; });
}

QString ArgTemplate::fill(const QString &a, const QString &b, const QString &c) const
{
    if (m_at[0] < 0)
        return m_text.arg(a, b, c);
    const QString *args[3] = {&a, &b, &c};
    QString out;
    out.reserve(m_text.size() - 6 + a.size() + b.size() + c.size());
    qsizetype from = 0;
    for (const int i : m_order) {
        out.append(QStringView(m_text).sliced(from, m_at[i] - from));
        out.append(*args[i]);
        from = m_at[i] + 2;
    }
    out.append(QStringView(m_text).sliced(from));
    return out;
}
