print("broken module starts")
value = 1
raise ValueError("broken module failed during import")
