#!/usr/bin/python3
"""Recalculates workbooks in LibreOffice (headless, over UNO) and reads their named cells: the check of
SPEC 9 that a workbook's live formulas give the page's figures (tests/workbook.rs runs it).

Reads a JSON list of jobs on standard input, each {"path": BOOK.xlsx, "set": {NAME: NUMBER, ...},
"names": [NAME, ...]}: opens the book, types the numbers into the named cells, recalculates everything
(calculateAll) and writes, for each job, {NAME: number, text or "#ERROR n"} as a JSON list.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def read(c):
    kind = c.getType().value
    if kind == "VALUE":
        return c.getValue()
    if kind == "FORMULA":
        # com.sun.star.sheet.FormulaResult: 1 a number, 2 text, 4 an error.
        result = c.FormulaResultType2
        if result == 1:
            return c.getValue()
        if result == 2:
            return c.getString()
        return f"#ERROR {c.getError()}"
    return c.getString()


def run(desktop, job):
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(os.path.abspath(job["path"])), "_blank", 0, (prop("Hidden", True),)
    )
    try:
        ranges = doc.NamedRanges

        def cell(name):
            return ranges.getByName(name).getReferredCells().getCellByPosition(0, 0)

        for name, value in job.get("set", {}).items():
            cell(name).setValue(float(value))
        doc.calculateAll()
        return {name: read(cell(name)) for name in job["names"]}
    finally:
        doc.close(True)


def main():
    jobs = json.load(sys.stdin)
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    port = 20000 + os.getpid() % 10000
    office = subprocess.Popen(
        [
            "soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=socket,host=127.0.0.1,port={port};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(1200):
            try:
                ctx = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.1)
        if ctx is None:
            raise SystemExit("LibreOffice did not start within two minutes")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        print(json.dumps([run(desktop, job) for job in jobs]))
    finally:
        office.terminate()
        try:
            office.wait(10)
        except Exception:
            office.kill()


if __name__ == "__main__":
    main()
