Attribute VB_Name = "JixiaoButton"
' jixiao: button macros of the scoring-table templates.
' Keep this file ASCII: the VBA project code page is 1252.
Option Explicit

Public Const JIXIAO_SELFTEST_VALUE As String = "JIXIAO-VBA-OK"
Public Const JIXIAO_SELFTEST_SHEET As String = "jixiao_selftest"

Public Sub JixiaoValidate()
    ' Validate the whole workbook with Python (needs Python, xlwings and jixiao).
    ' The Python module name is fixed, so renamed workbooks keep working.
    RunPython "import jixiao; jixiao.validate_caller()"
End Sub

Public Sub JixiaoSelfTest(Optional ByVal Unused As String = "")
    ' Prove that the VBA project loads and runs: write a known value into A1
    ' of a sheet of its own (added when missing), never into the user's sheets.
    ' The optional argument keeps this macro out of Excel's Macros dialog.
    Dim ws As Object
    Dim i As Long
    For i = 1 To ThisWorkbook.Worksheets.Count
        If ThisWorkbook.Worksheets(i).Name = JIXIAO_SELFTEST_SHEET Then
            Set ws = ThisWorkbook.Worksheets(i)
        End If
    Next i
    If ws Is Nothing Then
        Set ws = ThisWorkbook.Worksheets.Add(After:=ThisWorkbook.Worksheets(ThisWorkbook.Worksheets.Count))
        ws.Name = JIXIAO_SELFTEST_SHEET
    End If
    ws.Range("A1").Value = JIXIAO_SELFTEST_VALUE
End Sub
