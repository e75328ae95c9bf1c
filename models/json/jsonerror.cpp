#include "jsonerror.h"

using namespace Qt::StringLiterals;

QString JsonError::describe() const
{
    QString text = message;
    if (atEndOfInput)
        text += u"(at the end of the input)"_s; // the master's text ends in "near: "
    if (line > 0)
        text += u" (line %1, column %2)"_s.arg(line).arg(column);
    else if (!path.isEmpty())
        text += u" (at %1)"_s.arg(path);
    return text;
}
